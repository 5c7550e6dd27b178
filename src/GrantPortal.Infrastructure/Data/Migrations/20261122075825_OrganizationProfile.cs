using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrantPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrganizationProfile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_organization_owner",
                table: "tenant_memberships",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "chair",
                table: "applicant_organizations",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "finance_system",
                table: "applicant_organizations",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "group_member_count",
                table: "applicant_organizations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "legal_representative",
                table: "applicant_organizations",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "member_count",
                table: "applicant_organizations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "postal_code",
                table: "applicant_organizations",
                type: "character varying(6)",
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "profile_updated_at",
                table: "applicant_organizations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "revision",
                table: "applicant_organizations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "second_contact_email",
                table: "applicant_organizations",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "second_contact_name",
                table: "applicant_organizations",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "second_contact_phone",
                table: "applicant_organizations",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "secretary_general",
                table: "applicant_organizations",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "secretary_general_full_time",
                table: "applicant_organizations",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "staff_count",
                table: "applicant_organizations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "supporting_unit",
                table: "applicant_organizations",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "website",
                table: "applicant_organizations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "organization_invitations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    token_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    invited_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    accepted_by = table.Column<Guid>(type: "uuid", nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organization_invitations", x => x.id);
                    table.ForeignKey(
                        name: "fk_organization_invitations_applicant_organizations_organizati~",
                        column: x => x.organization_id,
                        principalTable: "applicant_organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_organization_invitations_associations_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "associations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_organization_invitations_users_accepted_by",
                        column: x => x.accepted_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_organization_invitations_users_invited_by",
                        column: x => x.invited_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_organization_invitations_accepted_by",
                table: "organization_invitations",
                column: "accepted_by");

            migrationBuilder.CreateIndex(
                name: "ix_organization_invitations_invited_by",
                table: "organization_invitations",
                column: "invited_by");

            migrationBuilder.CreateIndex(
                name: "ix_organization_invitations_organization_id",
                table: "organization_invitations",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_organization_invitations_tenant_id",
                table: "organization_invitations",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_organization_invitations_tenant_id_organization_id",
                table: "organization_invitations",
                columns: new[] { "tenant_id", "organization_id" });

            migrationBuilder.CreateIndex(
                name: "ix_organization_invitations_token_hash",
                table: "organization_invitations",
                column: "token_hash",
                unique: true);

            migrationBuilder.Sql(RowLevelSecurity.TenantIsolation("organization_invitations"));

            // Organisations registered before owners existed: the earliest applicant membership owns each.
            migrationBuilder.Sql("""
                UPDATE tenant_memberships SET is_organization_owner = true
                WHERE id IN (SELECT DISTINCT ON (organization_id) id FROM tenant_memberships
                             WHERE organization_id IS NOT NULL ORDER BY organization_id, created_at, id);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "organization_invitations");

            migrationBuilder.DropColumn(
                name: "is_organization_owner",
                table: "tenant_memberships");

            migrationBuilder.DropColumn(
                name: "chair",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "finance_system",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "group_member_count",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "legal_representative",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "member_count",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "postal_code",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "profile_updated_at",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "revision",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "second_contact_email",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "second_contact_name",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "second_contact_phone",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "secretary_general",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "secretary_general_full_time",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "staff_count",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "supporting_unit",
                table: "applicant_organizations");

            migrationBuilder.DropColumn(
                name: "website",
                table: "applicant_organizations");
        }
    }
}
