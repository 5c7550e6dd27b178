using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrantPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Eligibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            foreach (var table in new[] { "organization_facts", "debarments" })
            {
                migrationBuilder.Sql(RowLevelSecurity.TenantIsolation(table));
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "debarments");

            migrationBuilder.DropTable(
                name: "organization_facts");
        }
    }
}
