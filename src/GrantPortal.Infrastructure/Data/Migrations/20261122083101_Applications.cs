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
            foreach (var table in new[] { "grant_applications", "application_submissions", "application_sequences", "stored_files", "stored_file_contents" })
            {
                migrationBuilder.Sql(RowLevelSecurity.TenantIsolation(table));
            }
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
                name: "stored_file_contents");

            migrationBuilder.DropTable(
                name: "grant_applications");

            migrationBuilder.DropTable(
                name: "stored_files");
        }
    }
}
