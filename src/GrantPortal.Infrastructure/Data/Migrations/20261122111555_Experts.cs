using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrantPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Experts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "avoidances",
                table: "grant_applications",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]"); // hand-written: existing rows ask to avoid no one

            migrationBuilder.CreateTable(
                name: "review_panels",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    category_id = table.Column<Guid>(type: "uuid", nullable: false),
                    technical = table.Column<int>(type: "integer", nullable: false),
                    financial = table.Column<int>(type: "integer", nullable: false),
                    management = table.Column<int>(type: "integer", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_review_panels", x => x.id);
                    table.CheckConstraint("ck_review_panels_counts", "technical BETWEEN 0 AND 9 AND financial BETWEEN 0 AND 9 AND management BETWEEN 0 AND 9");
                    table.ForeignKey(
                        name: "fk_review_panels_grant_calls_call_id",
                        column: x => x.call_id,
                        principalTable: "grant_calls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_review_panels_grant_categories_category_id",
                        column: x => x.category_id,
                        principalTable: "grant_categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_review_panels_call_id",
                table: "review_panels",
                column: "call_id");

            migrationBuilder.CreateIndex(
                name: "ix_review_panels_category_id",
                table: "review_panels",
                column: "category_id");

            migrationBuilder.CreateIndex(
                name: "ix_review_panels_tenant_id",
                table: "review_panels",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_review_panels_tenant_id_call_id",
                table: "review_panels",
                columns: new[] { "tenant_id", "call_id" });

            migrationBuilder.CreateIndex(
                name: "ix_review_panels_tenant_id_category_id",
                table: "review_panels",
                columns: new[] { "tenant_id", "category_id" },
                unique: true);

            // <hand-written> the model has no default: new rows always carry the list
            migrationBuilder.Sql("ALTER TABLE grant_applications ALTER COLUMN avoidances DROP DEFAULT;");
            // </hand-written>

            // <hand-written>
            migrationBuilder.Sql(RowLevelSecurity.TenantIsolation("review_panels"));
            // </hand-written>
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "review_panels");

            migrationBuilder.DropColumn(
                name: "avoidances",
                table: "grant_applications");
        }
    }
}
