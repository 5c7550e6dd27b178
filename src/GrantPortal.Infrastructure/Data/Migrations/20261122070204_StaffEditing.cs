using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrantPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class StaffEditing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "revision",
                table: "grant_calls",
                type: "integer",
                nullable: false,
                defaultValue: 0);
            // The default only fills existing rows; the model has none (the domain sets the revision).
            migrationBuilder.Sql("ALTER TABLE grant_calls ALTER COLUMN revision DROP DEFAULT;");

            migrationBuilder.CreateTable(
                name: "calendar_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    kind_before = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    name_before = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    kind_after = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    name_after = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    association = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "call_audit_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    changes = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_call_audit_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_call_audit_entries_grant_calls_call_id",
                        column: x => x.call_id,
                        principalTable: "grant_calls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_calendar_changes_date",
                table: "calendar_changes",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "ix_call_audit_entries_call_id_revision",
                table: "call_audit_entries",
                columns: new[] { "call_id", "revision" });

            migrationBuilder.CreateIndex(
                name: "ix_call_audit_entries_tenant_id",
                table: "call_audit_entries",
                column: "tenant_id");

            // The audit log is tenant-owned like the calls it describes.
            migrationBuilder.Sql("""
                ALTER TABLE call_audit_entries ENABLE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON call_audit_entries
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_changes");

            migrationBuilder.DropTable(
                name: "call_audit_entries");

            migrationBuilder.DropColumn(
                name: "revision",
                table: "grant_calls");
        }
    }
}
