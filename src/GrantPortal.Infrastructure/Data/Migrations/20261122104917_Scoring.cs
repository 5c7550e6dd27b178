using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrantPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Scoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "late",
                table: "review_scores",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // <hand-written>
            // The default only fills existing rows; the model sets the value itself.
            migrationBuilder.Sql("ALTER TABLE review_scores ALTER COLUMN late DROP DEFAULT;");
            // </hand-written>

            migrationBuilder.CreateTable(
                name: "review_forms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    category_id = table.Column<Guid>(type: "uuid", nullable: true),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_review_forms", x => x.id);
                    table.ForeignKey(
                        name: "fk_review_forms_grant_calls_call_id",
                        column: x => x.call_id,
                        principalTable: "grant_calls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_review_forms_grant_categories_category_id",
                        column: x => x.category_id,
                        principalTable: "grant_categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "score_sheet_drafts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assignment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scores = table.Column<string>(type: "jsonb", nullable: false),
                    comment = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    recommendation = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    suggested_amount = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_score_sheet_drafts", x => x.id);
                    table.ForeignKey(
                        name: "fk_score_sheet_drafts_review_assignments_assignment_id",
                        column: x => x.assignment_id,
                        principalTable: "review_assignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "score_sheet_reminders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assignment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_score_sheet_reminders", x => x.id);
                    table.ForeignKey(
                        name: "fk_score_sheet_reminders_review_assignments_assignment_id",
                        column: x => x.assignment_id,
                        principalTable: "review_assignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_review_forms_call_id_category_id",
                table: "review_forms",
                columns: new[] { "call_id", "category_id" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_review_forms_category_id",
                table: "review_forms",
                column: "category_id");

            migrationBuilder.CreateIndex(
                name: "ix_review_forms_tenant_id",
                table: "review_forms",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_score_sheet_drafts_assignment_id",
                table: "score_sheet_drafts",
                column: "assignment_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_score_sheet_drafts_tenant_id",
                table: "score_sheet_drafts",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_score_sheet_reminders_assignment_id_kind",
                table: "score_sheet_reminders",
                columns: new[] { "assignment_id", "kind" },
                unique: true,
                filter: "kind <> 'Manual'");

            migrationBuilder.CreateIndex(
                name: "ix_score_sheet_reminders_tenant_id",
                table: "score_sheet_reminders",
                column: "tenant_id");

            // <hand-written>
            foreach (var table in new[] { "review_forms", "score_sheet_drafts", "score_sheet_reminders" })
            {
                migrationBuilder.Sql(RowLevelSecurity.TenantIsolation(table));
            }
            // </hand-written>
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "review_forms");

            migrationBuilder.DropTable(
                name: "score_sheet_drafts");

            migrationBuilder.DropTable(
                name: "score_sheet_reminders");

            migrationBuilder.DropColumn(
                name: "late",
                table: "review_scores");
        }
    }
}
