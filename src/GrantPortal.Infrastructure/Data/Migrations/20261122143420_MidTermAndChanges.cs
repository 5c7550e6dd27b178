using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrantPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class MidTermAndChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "change_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    award_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    from = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    to = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    new_completion_date = table.Column<DateOnly>(type: "date", nullable: true),
                    reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    attachment_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_by = table.Column<Guid>(type: "uuid", nullable: true),
                    submitted_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decision_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_change_requests", x => x.id);
                    table.CheckConstraint("ck_change_requests_timing", "(kind = 'Timing') = (new_completion_date IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_change_requests_awards_award_id",
                        column: x => x.award_id,
                        principalTable: "awards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mid_term_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    award_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    progress = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    spending = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    attachment_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    evaluated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    submissions = table.Column<int>(type: "integer", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mid_term_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_mid_term_reports_awards_award_id",
                        column: x => x.award_id,
                        principalTable: "awards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mid_term_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mid_term_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_mid_term_events_mid_term_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "mid_term_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_change_requests_award_id_number",
                table: "change_requests",
                columns: new[] { "award_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_change_requests_one_pending",
                table: "change_requests",
                column: "award_id",
                unique: true,
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_change_requests_tenant_id",
                table: "change_requests",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_change_requests_tenant_id_call_id_status",
                table: "change_requests",
                columns: new[] { "tenant_id", "call_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_mid_term_events_report_id_at",
                table: "mid_term_events",
                columns: new[] { "report_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_mid_term_events_tenant_id",
                table: "mid_term_events",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_mid_term_reports_award_id",
                table: "mid_term_reports",
                column: "award_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_mid_term_reports_tenant_id",
                table: "mid_term_reports",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_mid_term_reports_tenant_id_call_id_status",
                table: "mid_term_reports",
                columns: new[] { "tenant_id", "call_id", "status" });

            // <hand-written>
            foreach (var table in new[] { "mid_term_reports", "mid_term_events", "change_requests" })
            {
                migrationBuilder.Sql(RowLevelSecurity.TenantIsolation(table));
            }
            // A mid-term report's history is append-only: no UPDATE or DELETE, whoever asks.
            migrationBuilder.Sql("""
                CREATE FUNCTION mid_term_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'mid_term_events is append-only';
                END $$;
                CREATE TRIGGER mid_term_events_append_only BEFORE UPDATE OR DELETE ON mid_term_events
                    FOR EACH ROW EXECUTE FUNCTION mid_term_events_append_only();
                """);
            // </hand-written>
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // <hand-written>
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS mid_term_events_append_only ON mid_term_events; DROP FUNCTION IF EXISTS mid_term_events_append_only();");
            // </hand-written>
            migrationBuilder.DropTable(
                name: "change_requests");

            migrationBuilder.DropTable(
                name: "mid_term_events");

            migrationBuilder.DropTable(
                name: "mid_term_reports");
        }
    }
}
