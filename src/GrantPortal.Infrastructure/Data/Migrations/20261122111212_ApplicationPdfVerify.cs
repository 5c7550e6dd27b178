using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrantPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class ApplicationPdfVerify : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {


            // <hand-written>
            // The public /verify/{code} page: one submission found by its exact code in any association, through a
            // narrow SECURITY DEFINER function (runs as the tables' owner, so row-level security does not hide other
            // associations' rows) that returns only what the page shows. Nothing else is reachable through it.
            migrationBuilder.Sql("""
                CREATE FUNCTION verify_application_code(p_code text)
                RETURNS TABLE (
                    "AssociationName" text, "CallTitle" text, "CategoryCode" text, "CategoryName" text,
                    "Title" text, "OrganizationName" text, "Number" text, "Version" integer, "SubmittedAt" timestamptz,
                    "LatestVersion" integer, "LatestSubmittedAt" timestamptz, "Status" text)
                LANGUAGE sql STABLE SECURITY DEFINER
                SET search_path = public, pg_temp
                AS $$
                    SELECT a.name::text, c.title::text, g.code::text, g.name::text,
                           s.title::text, o.name::text, ap.number::text, s.version, s.submitted_at,
                           l.version, l.submitted_at, ap.status::text
                    FROM application_submissions s
                    JOIN grant_applications ap ON ap.id = s.application_id
                    JOIN grant_calls c ON c.id = ap.call_id
                    JOIN grant_categories g ON g.id = ap.category_id
                    JOIN applicant_organizations o ON o.id = ap.organization_id
                    JOIN associations a ON a.id = s.tenant_id
                    CROSS JOIN LATERAL (
                        SELECT x.version, x.submitted_at FROM application_submissions x
                        WHERE x.application_id = s.application_id ORDER BY x.version DESC LIMIT 1) l
                    WHERE length(p_code) = 16 AND s.verification_code = p_code
                $$;
                """);
            // </hand-written>
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS verify_application_code(text);");


        }
    }
}
