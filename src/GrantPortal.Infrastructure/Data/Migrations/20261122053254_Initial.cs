using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GrantPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "associations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    identifier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    short_name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name_en = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    number_prefix = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_associations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "calendar_days",
                columns: table => new
                {
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_days", x => x.date);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    display_name = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "applicant_organizations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    credit_code = table.Column<string>(type: "character(18)", fixedLength: true, maxLength: 18, nullable: false),
                    contact_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    contact_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    contact_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_applicant_organizations", x => x.id);
                    table.ForeignKey(
                        name: "fk_applicant_organizations_associations_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "associations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grant_calls",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    document_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    issued_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    notice_text = table.Column<string>(type: "text", nullable: false),
                    opens_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    submission_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    submission_deadline_is_end_of_day = table.Column<bool>(type: "boolean", nullable: false),
                    completion_deadline = table.Column<string>(type: "jsonb", nullable: true),
                    acceptance_deadline = table.Column<string>(type: "jsonb", nullable: true),
                    project_period_months = table.Column<int>(type: "integer", nullable: true),
                    application_limit_per_organization = table.Column<int>(type: "integer", nullable: true),
                    submission = table.Column<string>(type: "jsonb", nullable: false),
                    disbursement = table.Column<string>(type: "jsonb", nullable: false),
                    review = table.Column<string>(type: "jsonb", nullable: false),
                    eligibility = table.Column<string>(type: "jsonb", nullable: false),
                    spending_rules = table.Column<string>(type: "jsonb", nullable: false),
                    debarments = table.Column<string>(type: "jsonb", nullable: false),
                    contacts = table.Column<string>(type: "jsonb", nullable: false),
                    notes = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grant_calls", x => x.id);
                    table.CheckConstraint("ck_grant_calls_limit", "application_limit_per_organization IS NULL OR application_limit_per_organization >= 1");
                    table.ForeignKey(
                        name: "fk_grant_calls_associations_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "associations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_user_claims_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_user_logins_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_user_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tenant_memberships",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tenant_memberships", x => x.id);
                    table.CheckConstraint("ck_tenant_memberships_applicant_org", "(role = 'Applicant') = (organization_id IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_tenant_memberships_applicant_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "applicant_organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tenant_memberships_associations_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "associations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_tenant_memberships_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grant_categories",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    requirements = table.Column<string>(type: "text", nullable: true),
                    budget_cap = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    quota_min = table.Column<int>(type: "integer", nullable: true),
                    quota_max = table.Column<int>(type: "integer", nullable: true),
                    amount_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    amount_min = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    amount_max = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    amount_options = table.Column<string>(type: "jsonb", nullable: false),
                    amount_otherwise = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    amount_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    eligibility = table.Column<string>(type: "jsonb", nullable: true),
                    indicators = table.Column<string>(type: "jsonb", nullable: false),
                    acceptance_materials = table.Column<string>(type: "jsonb", nullable: false),
                    completion_deadline = table.Column<string>(type: "jsonb", nullable: true),
                    acceptance_deadline = table.Column<string>(type: "jsonb", nullable: true),
                    spending_rules = table.Column<string>(type: "jsonb", nullable: true),
                    contact = table.Column<string>(type: "jsonb", nullable: true),
                    children_combinable = table.Column<bool>(type: "boolean", nullable: false),
                    notes = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grant_categories", x => x.id);
                    table.CheckConstraint("ck_grant_categories_amount", "amount_min IS NULL OR amount_max IS NULL OR amount_min <= amount_max");
                    table.CheckConstraint("ck_grant_categories_cap", "budget_cap IS NULL OR budget_cap > 0");
                    table.CheckConstraint("ck_grant_categories_quota", "quota_min IS NULL OR quota_max IS NULL OR quota_min <= quota_max");
                    table.ForeignKey(
                        name: "fk_grant_categories_grant_calls_call_id",
                        column: x => x.call_id,
                        principalTable: "grant_calls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_grant_categories_grant_categories_parent_id",
                        column: x => x.parent_id,
                        principalTable: "grant_categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "form_definitions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    category_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    schema = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_form_definitions", x => x.id);
                    table.CheckConstraint("ck_form_definitions_version", "version >= 1");
                    table.ForeignKey(
                        name: "fk_form_definitions_grant_categories_category_id",
                        column: x => x.category_id,
                        principalTable: "grant_categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_applicant_organizations_tenant_id",
                table: "applicant_organizations",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_applicant_organizations_tenant_id_credit_code",
                table: "applicant_organizations",
                columns: new[] { "tenant_id", "credit_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_applicant_organizations_tenant_id_name",
                table: "applicant_organizations",
                columns: new[] { "tenant_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_associations_identifier",
                table: "associations",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_associations_number_prefix",
                table: "associations",
                column: "number_prefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_form_definitions_category_id",
                table: "form_definitions",
                column: "category_id");

            migrationBuilder.CreateIndex(
                name: "ix_form_definitions_tenant_id",
                table: "form_definitions",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_form_definitions_tenant_id_category_id_version",
                table: "form_definitions",
                columns: new[] { "tenant_id", "category_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grant_calls_tenant_id",
                table: "grant_calls",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_grant_calls_tenant_id_year_title",
                table: "grant_calls",
                columns: new[] { "tenant_id", "year", "title" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grant_categories_call_id",
                table: "grant_categories",
                column: "call_id");

            migrationBuilder.CreateIndex(
                name: "ix_grant_categories_parent_id",
                table: "grant_categories",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_grant_categories_tenant_id",
                table: "grant_categories",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_grant_categories_tenant_id_call_id_code",
                table: "grant_categories",
                columns: new[] { "tenant_id", "call_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tenant_memberships_organization_id",
                table: "tenant_memberships",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_tenant_memberships_tenant_id",
                table: "tenant_memberships",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_tenant_memberships_tenant_id_user_id_role",
                table: "tenant_memberships",
                columns: new[] { "tenant_id", "user_id", "role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tenant_memberships_user_id",
                table: "tenant_memberships",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_claims_user_id",
                table: "user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_logins_user_id",
                table: "user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "email_index",
                table: "users",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "user_name_index",
                table: "users",
                column: "normalized_user_name",
                unique: true);

            // Row-level security, the second wall behind the EF tenant filter: the app's role owns no table, and sees
            // only rows of the tenant its connection names (app.tenant_id); an unset tenant sees nothing.
            foreach (var table in new[] { "applicant_organizations", "grant_calls", "grant_categories", "form_definitions" })
            {
                migrationBuilder.Sql($"""
                    ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
                    CREATE POLICY tenant_isolation ON {table}
                        USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                        WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
                    """);
            }
            // A person also sees their own memberships in every association (to list where they may sign in).
            migrationBuilder.Sql("""
                ALTER TABLE tenant_memberships ENABLE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON tenant_memberships
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid
                        OR user_id = NULLIF(current_setting('app.user_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_days");

            migrationBuilder.DropTable(
                name: "form_definitions");

            migrationBuilder.DropTable(
                name: "tenant_memberships");

            migrationBuilder.DropTable(
                name: "user_claims");

            migrationBuilder.DropTable(
                name: "user_logins");

            migrationBuilder.DropTable(
                name: "user_tokens");

            migrationBuilder.DropTable(
                name: "grant_categories");

            migrationBuilder.DropTable(
                name: "applicant_organizations");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "grant_calls");

            migrationBuilder.DropTable(
                name: "associations");
        }
    }
}
