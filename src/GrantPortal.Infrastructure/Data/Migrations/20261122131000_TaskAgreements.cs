using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrantPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class TaskAgreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "task_agreements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    award_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_agreements", x => x.id);
                    table.ForeignKey(
                        name: "fk_task_agreements_awards_award_id",
                        column: x => x.award_id,
                        principalTable: "awards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agreement_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    verification_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    amendment_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    issued_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    scan_file_id = table.Column<Guid>(type: "uuid", nullable: true),
                    scan_uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    scan_uploaded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    scan_return_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    countersigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    countersigned_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    signed_file_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreement_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_agreement_versions_stored_files_scan_file_id",
                        column: x => x.scan_file_id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_agreement_versions_stored_files_signed_file_id",
                        column: x => x.signed_file_id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_agreement_versions_task_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "task_agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agreement_versions_agreement_id_number",
                table: "agreement_versions",
                columns: new[] { "agreement_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agreement_versions_scan_file_id",
                table: "agreement_versions",
                column: "scan_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_versions_signed_file_id",
                table: "agreement_versions",
                column: "signed_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_versions_tenant_id",
                table: "agreement_versions",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_versions_verification_code",
                table: "agreement_versions",
                column: "verification_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_task_agreements_award_id",
                table: "task_agreements",
                column: "award_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_task_agreements_tenant_id",
                table: "task_agreements",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_task_agreements_tenant_id_organization_id",
                table: "task_agreements",
                columns: new[] { "tenant_id", "organization_id" });

            // <hand-written>
            foreach (var table in new[] { "task_agreements", "agreement_versions" })
            {
                migrationBuilder.Sql(RowLevelSecurity.TenantIsolation(table));
            }
            // The public /verify/{code} page recognises task agreement codes too: one issued (never draft) version found
            // by its exact code in any association, through a narrow SECURITY DEFINER function (runs as the tables'
            // owner, so row-level security does not hide other associations' rows) returning only what the page shows.
            migrationBuilder.Sql("""
                CREATE FUNCTION verify_agreement_code(p_code text)
                RETURNS TABLE (
                    "AssociationName" text, "CallTitle" text, "ProjectTitle" text, "OrganizationName" text,
                    "ApplicationNumber" text, "Amount" numeric, "Version" integer, "Status" text,
                    "IssuedAt" timestamptz, "CountersignedAt" timestamptz, "LatestVersion" integer)
                LANGUAGE sql STABLE SECURITY DEFINER
                SET search_path = public, pg_temp
                AS $$
                    SELECT a.name::text, v.content->>'callTitle', v.content->>'projectTitle', v.content->>'organizationName',
                           v.content->>'applicationNumber', (v.content->>'amount')::numeric, v.number, v.status::text,
                           v.issued_at, v.countersigned_at,
                           (SELECT max(x.number) FROM agreement_versions x WHERE x.agreement_id = v.agreement_id AND x.status <> 'Draft')
                    FROM agreement_versions v
                    JOIN associations a ON a.id = v.tenant_id
                    WHERE length(p_code) = 16 AND v.verification_code = p_code AND v.status <> 'Draft'
                $$;
                """);
            // </hand-written>
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS verify_agreement_code(text);");
            migrationBuilder.DropTable(
                name: "agreement_versions");

            migrationBuilder.DropTable(
                name: "task_agreements");
        }
    }
}
