using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrantPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Applications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_organization_owner",
                table: "tenant_memberships",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "chair",
                table: "applicant_organizations",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "finance_system",
                table: "applicant_organizations",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "group_member_count",
                table: "applicant_organizations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "legal_representative",
                table: "applicant_organizations",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "member_count",
                table: "applicant_organizations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "postal_code",
                table: "applicant_organizations",
                type: "character varying(6)",
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "profile_updated_at",
                table: "applicant_organizations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "revision",
                table: "applicant_organizations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "second_contact_email",
                table: "applicant_organizations",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "second_contact_name",
                table: "applicant_organizations",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "second_contact_phone",
                table: "applicant_organizations",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "secretary_general",
                table: "applicant_organizations",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "secretary_general_full_time",
                table: "applicant_organizations",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "staff_count",
                table: "applicant_organizations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "supporting_unit",
                table: "applicant_organizations",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "website",
                table: "applicant_organizations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "application_sequences",
                columns: table => new
                {
                    category_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_sequences", x => x.category_id);
                    table.ForeignKey(
                        name: "fk_application_sequences_grant_categories_category_id",
                        column: x => x.category_id,
                        principalTable: "grant_categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "debarments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    until = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    lifted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lifted_by = table.Column<Guid>(type: "uuid", nullable: true),
                    lift_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_debarments", x => x.id);
                    table.CheckConstraint("ck_debarments_period", "until >= \"from\"");
                    table.ForeignKey(
                        name: "fk_debarments_applicant_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "applicant_organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grant_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    category_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    form_definition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    form_version = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    requested_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    values = table.Column<string>(type: "jsonb", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    similar_to_id = table.Column<Guid>(type: "uuid", nullable: true),
                    similarity = table.Column<decimal>(type: "numeric", nullable: true),
                    similarity_override_reason = table.Column<string>(type: "text", nullable: true),
                    similarity_override_by = table.Column<Guid>(type: "uuid", nullable: true),
                    similarity_override_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grant_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_grant_applications_applicant_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "applicant_organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_grant_applications_form_definitions_form_definition_id",
                        column: x => x.form_definition_id,
                        principalTable: "form_definitions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_grant_applications_grant_calls_call_id",
                        column: x => x.call_id,
                        principalTable: "grant_calls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_grant_applications_grant_categories_category_id",
                        column: x => x.category_id,
                        principalTable: "grant_categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_notifications_associations_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "associations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_notifications_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organization_facts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    fact = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    year = table.Column<int>(type: "integer", nullable: true),
                    declared_by = table.Column<Guid>(type: "uuid", nullable: true),
                    declared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    verified_by = table.Column<Guid>(type: "uuid", nullable: true),
                    verified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organization_facts", x => x.id);
                    table.ForeignKey(
                        name: "fk_organization_facts_applicant_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "applicant_organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organization_invitations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    token_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    invited_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    accepted_by = table.Column<Guid>(type: "uuid", nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organization_invitations", x => x.id);
                    table.ForeignKey(
                        name: "fk_organization_invitations_applicant_organizations_organizati~",
                        column: x => x.organization_id,
                        principalTable: "applicant_organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_organization_invitations_associations_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "associations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_organization_invitations_users_accepted_by",
                        column: x => x.accepted_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_organization_invitations_users_invited_by",
                        column: x => x.invited_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "outbox_emails",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    association_id = table.Column<Guid>(type: "uuid", nullable: true),
                    to = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_emails", x => x.id);
                    table.CheckConstraint("ck_outbox_emails_attempts", "attempts >= 0");
                    table.ForeignKey(
                        name: "fk_outbox_emails_associations_association_id",
                        column: x => x.association_id,
                        principalTable: "associations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stored_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    original_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    content_type = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stored_files", x => x.id);
                    table.CheckConstraint("ck_stored_files_size", "size >= 0");
                    table.ForeignKey(
                        name: "fk_stored_files_applicant_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "applicant_organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "application_submissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_by = table.Column<Guid>(type: "uuid", nullable: true),
                    form_definition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    requested_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    values = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_submissions", x => x.id);
                    table.CheckConstraint("ck_application_submissions_version", "version >= 1");
                    table.ForeignKey(
                        name: "fk_application_submissions_grant_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "grant_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stored_file_contents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stored_file_contents", x => x.id);
                    table.ForeignKey(
                        name: "fk_stored_file_contents_stored_files_id",
                        column: x => x.id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_application_sequences_tenant_id",
                table: "application_sequences",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_application_submissions_application_id",
                table: "application_submissions",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_application_submissions_tenant_id",
                table: "application_submissions",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_application_submissions_tenant_id_application_id_version",
                table: "application_submissions",
                columns: new[] { "tenant_id", "application_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_debarments_organization_id",
                table: "debarments",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_debarments_tenant_id",
                table: "debarments",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_debarments_tenant_id_organization_id",
                table: "debarments",
                columns: new[] { "tenant_id", "organization_id" });

            migrationBuilder.CreateIndex(
                name: "ix_grant_applications_call_id",
                table: "grant_applications",
                column: "call_id");

            migrationBuilder.CreateIndex(
                name: "ix_grant_applications_category_id",
                table: "grant_applications",
                column: "category_id");

            migrationBuilder.CreateIndex(
                name: "ix_grant_applications_form_definition_id",
                table: "grant_applications",
                column: "form_definition_id");

            migrationBuilder.CreateIndex(
                name: "ix_grant_applications_organization_id",
                table: "grant_applications",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_grant_applications_tenant_id",
                table: "grant_applications",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_grant_applications_tenant_id_call_id_organization_id",
                table: "grant_applications",
                columns: new[] { "tenant_id", "call_id", "organization_id" });

            migrationBuilder.CreateIndex(
                name: "ix_grant_applications_tenant_id_number",
                table: "grant_applications",
                columns: new[] { "tenant_id", "number" },
                unique: true,
                filter: "number IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_tenant_id",
                table: "notifications",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_tenant_id_user_id_created_at",
                table: "notifications",
                columns: new[] { "tenant_id", "user_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_unread",
                table: "notifications",
                columns: new[] { "tenant_id", "user_id" },
                filter: "read_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_user_id",
                table: "notifications",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_organization_facts_organization_id",
                table: "organization_facts",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_organization_facts_tenant_id",
                table: "organization_facts",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_organization_facts_tenant_id_organization_id_fact",
                table: "organization_facts",
                columns: new[] { "tenant_id", "organization_id", "fact" });

            migrationBuilder.CreateIndex(
                name: "ix_organization_invitations_accepted_by",
                table: "organization_invitations",
                column: "accepted_by");

            migrationBuilder.CreateIndex(
                name: "ix_organization_invitations_invited_by",
                table: "organization_invitations",
                column: "invited_by");

            migrationBuilder.CreateIndex(
                name: "ix_organization_invitations_organization_id",
                table: "organization_invitations",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_organization_invitations_tenant_id",
                table: "organization_invitations",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_organization_invitations_tenant_id_organization_id",
                table: "organization_invitations",
                columns: new[] { "tenant_id", "organization_id" });

            migrationBuilder.CreateIndex(
                name: "ix_organization_invitations_token_hash",
                table: "organization_invitations",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_association_id_created_at",
                table: "outbox_emails",
                columns: new[] { "association_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_due",
                table: "outbox_emails",
                column: "next_attempt_at",
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_stored_file_contents_tenant_id",
                table: "stored_file_contents",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_stored_files_organization_id",
                table: "stored_files",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_stored_files_tenant_id",
                table: "stored_files",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_stored_files_tenant_id_organization_id",
                table: "stored_files",
                columns: new[] { "tenant_id", "organization_id" });

            // <hand-written>
            foreach (var table in new[]
            {
                "grant_applications", "application_submissions", "application_sequences", "stored_files", "stored_file_contents",
                "organization_facts", "debarments", "organization_invitations", "notifications",
            })
            {
                migrationBuilder.Sql(RowLevelSecurity.TenantIsolation(table));
            }
            // The earliest applicant of each existing organisation becomes its owner.
            migrationBuilder.Sql("""
                UPDATE tenant_memberships SET is_organization_owner = true
                WHERE id IN (SELECT DISTINCT ON (organization_id) id FROM tenant_memberships
                             WHERE organization_id IS NOT NULL ORDER BY organization_id, created_at, id);
                """);
            // The defaults only fill existing rows; the model sets these values itself.
            migrationBuilder.Sql("""
                ALTER TABLE tenant_memberships ALTER COLUMN is_organization_owner DROP DEFAULT;
                ALTER TABLE applicant_organizations ALTER COLUMN revision DROP DEFAULT;
                """);
            // </hand-written>
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_sequences");

            migrationBuilder.DropTable(
                name: "application_submissions");

            migrationBuilder.DropTable(
                name: "debarments");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "organization_facts");

            migrationBuilder.DropTable(
                name: "organization_invitations");

            migrationBuilder.DropTable(
                name: "outbox_emails");

            migrationBuilder.DropTable(
                name: "stored_file_contents");

            migrationBuilder.DropTable(
                name: "grant_applications");

            migrationBuilder.DropTable(
                name: "stored_files");

            migrationBuilder.DropColumn(
                name: "is_organization_owner",
                table: "tenant_memberships");

            migrationBuilder.DropColumn(
                name: "chair",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "finance_system",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "group_member_count",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "legal_representative",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "member_count",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "postal_code",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "profile_updated_at",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "revision",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "second_contact_email",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "second_contact_name",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "second_contact_phone",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "secretary_general",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "secretary_general_full_time",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "staff_count",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "supporting_unit",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "website",
                table: "applicant_organizations");
        }
    }
}
