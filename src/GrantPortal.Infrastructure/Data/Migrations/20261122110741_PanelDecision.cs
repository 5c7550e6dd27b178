using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrantPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class PanelDecision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "panel_decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    normalised = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    confirmed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    confirmed_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_panel_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_panel_decisions_grant_calls_call_id",
                        column: x => x.call_id,
                        principalTable: "grant_calls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "panel_decision_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: true),
                    before_approved = table.Column<bool>(type: "boolean", nullable: true),
                    before_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    after_approved = table.Column<bool>(type: "boolean", nullable: true),
                    after_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_panel_decision_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_panel_decision_changes_panel_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "panel_decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "panel_decision_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_node_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: true),
                    proposed_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    reserve_order = table.Column<int>(type: "integer", nullable: true),
                    approved = table.Column<bool>(type: "boolean", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    changed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_panel_decision_lines", x => x.id);
                    table.CheckConstraint("ck_panel_decision_lines_amount", "(approved AND amount > 0) OR (NOT approved AND amount IS NULL)");
                    table.ForeignKey(
                        name: "fk_panel_decision_lines_grant_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "grant_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_panel_decision_lines_panel_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "panel_decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_panel_decision_changes_decision_id_version",
                table: "panel_decision_changes",
                columns: new[] { "decision_id", "version" });

            migrationBuilder.CreateIndex(
                name: "ix_panel_decision_changes_tenant_id",
                table: "panel_decision_changes",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_panel_decision_lines_application_id",
                table: "panel_decision_lines",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_panel_decision_lines_decision_id_application_id",
                table: "panel_decision_lines",
                columns: new[] { "decision_id", "application_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_panel_decision_lines_tenant_id",
                table: "panel_decision_lines",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_panel_decisions_call_id",
                table: "panel_decisions",
                column: "call_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_panel_decisions_tenant_id",
                table: "panel_decisions",
                column: "tenant_id");

            // <hand-written>
            foreach (var table in new[] { "panel_decisions", "panel_decision_lines", "panel_decision_changes" })
            {
                migrationBuilder.Sql(RowLevelSecurity.TenantIsolation(table));
            }
            // The decision's change log is append-only: no UPDATE or DELETE, whoever asks.
            migrationBuilder.Sql("""
                CREATE FUNCTION panel_decision_changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'panel_decision_changes is append-only';
                END $$;
                CREATE TRIGGER panel_decision_changes_append_only BEFORE UPDATE OR DELETE ON panel_decision_changes
                    FOR EACH ROW EXECUTE FUNCTION panel_decision_changes_append_only();
                """);
            // </hand-written>
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS panel_decision_changes_append_only ON panel_decision_changes; DROP FUNCTION IF EXISTS panel_decision_changes_append_only();");

            migrationBuilder.DropTable(
                name: "panel_decision_changes");

            migrationBuilder.DropTable(
                name: "panel_decision_lines");

            migrationBuilder.DropTable(
                name: "panel_decisions");
        }
    }
}
