using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrantPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Acceptance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "acceptance_submissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    award_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    activity_ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    requirements = table.Column<string>(type: "jsonb", nullable: false),
                    items = table.Column<string>(type: "jsonb", nullable: false),
                    history = table.Column<string>(type: "jsonb", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    days_late = table.Column<int>(type: "integer", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_acceptance_submissions", x => x.id);
                    table.ForeignKey(
                        name: "fk_acceptance_submissions_awards_award_id",
                        column: x => x.award_id,
                        principalTable: "awards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "award_terminations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    award_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ground = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    paid = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    to_recover = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    recovery_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    debarment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    debarment_years = table.Column<int>(type: "integer", nullable: true),
                    debarred_until = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_award_terminations", x => x.id);
                    table.CheckConstraint("ck_award_terminations_to_recover", "to_recover >= 0 AND to_recover <= paid");
                    table.ForeignKey(
                        name: "fk_award_terminations_awards_award_id",
                        column: x => x.award_id,
                        principalTable: "awards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_acceptance_submissions_award_id",
                table: "acceptance_submissions",
                column: "award_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_acceptance_submissions_tenant_id",
                table: "acceptance_submissions",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_acceptance_submissions_tenant_id_call_id",
                table: "acceptance_submissions",
                columns: new[] { "tenant_id", "call_id" });

            migrationBuilder.CreateIndex(
                name: "ix_award_terminations_award_id",
                table: "award_terminations",
                column: "award_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_award_terminations_tenant_id",
                table: "award_terminations",
                column: "tenant_id");

            // <hand-written>
            foreach (var table in new[] { "acceptance_submissions", "award_terminations" })
            {
                migrationBuilder.Sql(RowLevelSecurity.TenantIsolation(table));
            }
            // </hand-written>
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "acceptance_submissions");

            migrationBuilder.DropTable(
                name: "award_terminations");
        }
    }
}
