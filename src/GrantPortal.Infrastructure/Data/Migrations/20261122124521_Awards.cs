using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrantPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Awards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "awards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    category_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    project_title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    organization_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    notice_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    awarded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    agreement_signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    mid_term_passed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    terminated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    termination_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    to_recover = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_awards", x => x.id);
                    table.CheckConstraint("ck_awards_amount", "amount > 0");
                    table.CheckConstraint("ck_awards_to_recover", "to_recover >= 0");
                    table.ForeignKey(
                        name: "fk_awards_grant_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "grant_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_awards_grant_calls_call_id",
                        column: x => x.call_id,
                        principalTable: "grant_calls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "award_recoveries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    award_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    voucher_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_award_recoveries", x => x.id);
                    table.CheckConstraint("ck_award_recoveries_amount", "amount > 0");
                    table.ForeignKey(
                        name: "fk_award_recoveries_awards_award_id",
                        column: x => x.award_id,
                        principalTable: "awards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "award_tranches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    award_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    milestone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    due_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: true),
                    voucher_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    paid_by = table.Column<Guid>(type: "uuid", nullable: true),
                    paid_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_award_tranches", x => x.id);
                    table.CheckConstraint("ck_award_tranches_amount", "amount >= 0");
                    table.CheckConstraint("ck_award_tranches_paid", "(status = 'Paid') = (paid_on IS NOT NULL AND voucher_number IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_award_tranches_awards_award_id",
                        column: x => x.award_id,
                        principalTable: "awards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_award_recoveries_award_id",
                table: "award_recoveries",
                column: "award_id");

            migrationBuilder.CreateIndex(
                name: "ix_award_recoveries_tenant_id",
                table: "award_recoveries",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_award_tranches_award_id_number",
                table: "award_tranches",
                columns: new[] { "award_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_award_tranches_tenant_id",
                table: "award_tranches",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_application_id",
                table: "awards",
                column: "application_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_awards_call_id",
                table: "awards",
                column: "call_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_tenant_id",
                table: "awards",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_tenant_id_call_id",
                table: "awards",
                columns: new[] { "tenant_id", "call_id" });

            migrationBuilder.CreateIndex(
                name: "ix_awards_tenant_id_organization_id",
                table: "awards",
                columns: new[] { "tenant_id", "organization_id" });

            // <hand-written>
            foreach (var table in new[] { "awards", "award_tranches", "award_recoveries" })
            {
                migrationBuilder.Sql(RowLevelSecurity.TenantIsolation(table));
            }
            // </hand-written>
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "award_recoveries");

            migrationBuilder.DropTable(
                name: "award_tranches");

            migrationBuilder.DropTable(
                name: "awards");
        }
    }
}
