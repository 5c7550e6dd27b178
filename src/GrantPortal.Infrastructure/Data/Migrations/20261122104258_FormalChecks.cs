using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrantPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class FormalChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "correction_deadline",
                table: "grant_applications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "formal_check_reasons",
                table: "grant_applications",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "formal_check_decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    category_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_version = table.Column<int>(type: "integer", nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reasons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    correction_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    checklist = table.Column<string>(type: "jsonb", nullable: false),
                    bulk = table.Column<bool>(type: "boolean", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_formal_check_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_formal_check_decisions_grant_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "grant_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_formal_check_decisions_application_id",
                table: "formal_check_decisions",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_formal_check_decisions_tenant_id",
                table: "formal_check_decisions",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_formal_check_decisions_tenant_id_application_id_decided_at",
                table: "formal_check_decisions",
                columns: new[] { "tenant_id", "application_id", "decided_at" });

            migrationBuilder.CreateIndex(
                name: "ix_formal_check_decisions_tenant_id_call_id",
                table: "formal_check_decisions",
                columns: new[] { "tenant_id", "call_id" });

            // <hand-written>
            migrationBuilder.Sql(RowLevelSecurity.TenantIsolation("formal_check_decisions"));
            // The formal check's record is append-only: a decision is never changed or deleted.
            migrationBuilder.Sql("""
                CREATE FUNCTION formal_check_decisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'formal_check_decisions is append-only';
                END $$;
                CREATE TRIGGER formal_check_decisions_append_only BEFORE UPDATE OR DELETE ON formal_check_decisions
                    FOR EACH ROW EXECUTE FUNCTION formal_check_decisions_append_only();
                """);
            // </hand-written>
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "formal_check_decisions");

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS formal_check_decisions_append_only();");

            migrationBuilder.DropColumn(
                name: "correction_deadline",
                table: "grant_applications");

            migrationBuilder.DropColumn(
                name: "formal_check_reasons",
                table: "grant_applications");
        }
    }
}
