using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrantPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class PaymentJournal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "payment_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    award_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    tranche_number = table.Column<int>(type: "integer", nullable: true),
                    recovery_id = table.Column<Guid>(type: "uuid", nullable: true),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: true),
                    voucher_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payment_entries", x => x.id);
                    table.CheckConstraint("ck_payment_entries_amount", "amount >= 0");
                    table.CheckConstraint("ck_payment_entries_voucher", "(kind = 'Cancellation') = (voucher_number IS NULL)");
                    table.ForeignKey(
                        name: "fk_payment_entries_awards_award_id",
                        column: x => x.award_id,
                        principalTable: "awards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_payment_entries_award_id",
                table: "payment_entries",
                column: "award_id");

            migrationBuilder.CreateIndex(
                name: "ix_payment_entries_tenant_id",
                table: "payment_entries",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_payment_entries_tenant_id_call_id",
                table: "payment_entries",
                columns: new[] { "tenant_id", "call_id" });

            migrationBuilder.CreateIndex(
                name: "ux_payment_entries_voucher",
                table: "payment_entries",
                columns: new[] { "tenant_id", "kind", "voucher_number" },
                unique: true,
                filter: "voucher_number IS NOT NULL");

            // <hand-written>
            migrationBuilder.Sql(RowLevelSecurity.TenantIsolation("payment_entries"));
            // The payment journal is append-only: a line is never changed or deleted.
            migrationBuilder.Sql("""
                CREATE FUNCTION payment_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'payment_entries is append-only';
                END $$;
                CREATE TRIGGER payment_entries_append_only BEFORE UPDATE OR DELETE ON payment_entries
                    FOR EACH ROW EXECUTE FUNCTION payment_entries_append_only();
                """);
            // </hand-written>
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payment_entries");

            // <hand-written>
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS payment_entries_append_only();");
            // </hand-written>
        }
    }
}
