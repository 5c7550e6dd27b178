using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrantPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuthenticatorLastStep : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "authenticator_last_step",
                table: "users",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "authenticator_last_step",
                table: "users");
        }
    }
}
