using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrantPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class PublicNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "public_notices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<Guid>(type: "uuid", nullable: true),
                    published_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    working_days = table.Column<int>(type: "integer", nullable: false),
                    closes_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    contacts = table.Column<string>(type: "jsonb", nullable: false),
                    finalised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finalised_by = table.Column<Guid>(type: "uuid", nullable: true),
                    finalised_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_public_notices", x => x.id);
                    table.CheckConstraint("ck_public_notices_working_days", "working_days BETWEEN 1 AND 30");
                    table.ForeignKey(
                        name: "fk_public_notices_grant_calls_call_id",
                        column: x => x.call_id,
                        principalTable: "grant_calls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_public_notices_panel_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "panel_decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "public_notice_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    notice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    project_title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    organization_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    category_id = table.Column<Guid>(type: "uuid", nullable: false),
                    category_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    withdrawn_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawn_objection_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_public_notice_lines", x => x.id);
                    table.CheckConstraint("ck_public_notice_lines_amount", "amount > 0");
                    table.ForeignKey(
                        name: "fk_public_notice_lines_grant_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "grant_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_public_notice_lines_public_notices_notice_id",
                        column: x => x.notice_id,
                        principalTable: "public_notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "public_notice_objections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    notice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reference = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    filer_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    filer_organization = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    reasons = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    handling = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    handled_by = table.Column<Guid>(type: "uuid", nullable: true),
                    handled_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    handled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_public_notice_objections", x => x.id);
                    table.CheckConstraint("ck_public_notice_objections_contact", "phone IS NOT NULL OR email IS NOT NULL");
                    table.ForeignKey(
                        name: "fk_public_notice_objections_public_notice_lines_line_id",
                        column: x => x.line_id,
                        principalTable: "public_notice_lines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_public_notice_objections_public_notices_notice_id",
                        column: x => x.notice_id,
                        principalTable: "public_notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_public_notice_lines_application_id",
                table: "public_notice_lines",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_public_notice_lines_notice_id_application_id",
                table: "public_notice_lines",
                columns: new[] { "notice_id", "application_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_public_notice_lines_tenant_id",
                table: "public_notice_lines",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_public_notice_objections_line_id",
                table: "public_notice_objections",
                column: "line_id");

            migrationBuilder.CreateIndex(
                name: "ix_public_notice_objections_notice_id_status",
                table: "public_notice_objections",
                columns: new[] { "notice_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_public_notice_objections_tenant_id",
                table: "public_notice_objections",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_public_notice_objections_tenant_id_reference",
                table: "public_notice_objections",
                columns: new[] { "tenant_id", "reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_public_notices_call_id",
                table: "public_notices",
                column: "call_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_public_notices_decision_id",
                table: "public_notices",
                column: "decision_id");

            migrationBuilder.CreateIndex(
                name: "ix_public_notices_tenant_id",
                table: "public_notices",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_public_notices_tenant_id_published_at",
                table: "public_notices",
                columns: new[] { "tenant_id", "published_at" });

            // <hand-written>
            foreach (var table in new[] { "public_notices", "public_notice_lines", "public_notice_objections" })
            {
                migrationBuilder.Sql(RowLevelSecurity.TenantIsolation(table));
            }
            // </hand-written>
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "public_notice_objections");

            migrationBuilder.DropTable(
                name: "public_notice_lines");

            migrationBuilder.DropTable(
                name: "public_notices");
        }
    }
}
