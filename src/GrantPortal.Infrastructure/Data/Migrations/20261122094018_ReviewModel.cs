using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrantPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReviewModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "verification_code",
                table: "application_submissions",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            // <hand-written>
            // Submissions made before codes existed get a distinct code of the same shape (not content-derived).
            migrationBuilder.Sql("UPDATE application_submissions SET verification_code = upper(substr(md5(id::text), 1, 16));");
            migrationBuilder.Sql("ALTER TABLE application_submissions ALTER COLUMN verification_code DROP DEFAULT;");
            // </hand-written>

            migrationBuilder.CreateTable(
                name: "experts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    organization = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    fields = table.Column<List<string>>(type: "text[]", nullable: false),
                    keywords = table.Column<List<string>>(type: "text[]", nullable: false),
                    related_organizations = table.Column<List<string>>(type: "text[]", nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    available = table.Column<bool>(type: "boolean", nullable: false),
                    max_assignments = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_experts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "review_assignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    category_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    expert_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    by_hand = table.Column<bool>(type: "boolean", nullable: false),
                    assigned_by = table.Column<Guid>(type: "uuid", nullable: true),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    recusal_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recused_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_review_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_review_assignments_experts_expert_id",
                        column: x => x.expert_id,
                        principalTable: "experts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_review_assignments_grant_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "grant_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "review_scores",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assignment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    category_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    expert_id = table.Column<Guid>(type: "uuid", nullable: false),
                    expert_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    scores = table.Column<string>(type: "jsonb", nullable: false),
                    total = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recommendation = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    suggested_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_review_scores", x => x.id);
                    table.CheckConstraint("ck_review_scores_total", "total >= 0 AND total <= 100");
                    table.ForeignKey(
                        name: "fk_review_scores_review_assignments_assignment_id",
                        column: x => x.assignment_id,
                        principalTable: "review_assignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_application_submissions_verification_code",
                table: "application_submissions",
                column: "verification_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_experts_tenant_id",
                table: "experts",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_experts_tenant_id_name",
                table: "experts",
                columns: new[] { "tenant_id", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_experts_tenant_id_user_id",
                table: "experts",
                columns: new[] { "tenant_id", "user_id" },
                unique: true,
                filter: "user_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_review_assignments_application_id_expert_id",
                table: "review_assignments",
                columns: new[] { "application_id", "expert_id" },
                unique: true,
                filter: "status IN ('Assigned', 'Submitted')");

            migrationBuilder.CreateIndex(
                name: "ix_review_assignments_expert_id",
                table: "review_assignments",
                column: "expert_id");

            migrationBuilder.CreateIndex(
                name: "ix_review_assignments_tenant_id",
                table: "review_assignments",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_review_assignments_tenant_id_call_id_category_id",
                table: "review_assignments",
                columns: new[] { "tenant_id", "call_id", "category_id" });

            migrationBuilder.CreateIndex(
                name: "ix_review_assignments_tenant_id_expert_id_status",
                table: "review_assignments",
                columns: new[] { "tenant_id", "expert_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_review_scores_assignment_id",
                table: "review_scores",
                column: "assignment_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_review_scores_tenant_id",
                table: "review_scores",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_review_scores_tenant_id_call_id_category_id",
                table: "review_scores",
                columns: new[] { "tenant_id", "call_id", "category_id" });

            // <hand-written>
            foreach (var table in new[] { "experts", "review_assignments", "review_scores" })
            {
                migrationBuilder.Sql(RowLevelSecurity.TenantIsolation(table));
            }
            // </hand-written>
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "review_scores");

            migrationBuilder.DropTable(
                name: "review_assignments");

            migrationBuilder.DropTable(
                name: "experts");

            migrationBuilder.DropIndex(
                name: "ix_application_submissions_verification_code",
                table: "application_submissions");

            migrationBuilder.DropColumn(
                name: "verification_code",
                table: "application_submissions");
        }
    }
}
