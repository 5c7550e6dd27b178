using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrantPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class AwardsLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "authenticator_last_step",
                table: "users",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "acceptance_submissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    award_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    activity_ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    requirements = table.Column<string>(type: "jsonb", nullable: false),
                    items = table.Column<string>(type: "jsonb", nullable: false),
                    history = table.Column<string>(type: "jsonb", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    days_late = table.Column<int>(type: "integer", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_acceptance_submissions", x => x.id);
                    table.ForeignKey(
                        name: "fk_acceptance_submissions_awards_award_id",
                        column: x => x.award_id,
                        principalTable: "awards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "award_terminations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    award_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ground = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    paid = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    to_recover = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    recovery_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    debarment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    debarment_years = table.Column<int>(type: "integer", nullable: true),
                    debarred_until = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_award_terminations", x => x.id);
                    table.CheckConstraint("ck_award_terminations_to_recover", "to_recover >= 0 AND to_recover <= paid");
                    table.ForeignKey(
                        name: "fk_award_terminations_awards_award_id",
                        column: x => x.award_id,
                        principalTable: "awards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "change_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    award_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    from = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    to = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    new_completion_date = table.Column<DateOnly>(type: "date", nullable: true),
                    reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    attachment_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_by = table.Column<Guid>(type: "uuid", nullable: true),
                    submitted_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decision_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_change_requests", x => x.id);
                    table.CheckConstraint("ck_change_requests_timing", "(kind = 'Timing') = (new_completion_date IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_change_requests_awards_award_id",
                        column: x => x.award_id,
                        principalTable: "awards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mid_term_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    award_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    progress = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    spending = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    attachment_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    evaluated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    submissions = table.Column<int>(type: "integer", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mid_term_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_mid_term_reports_awards_award_id",
                        column: x => x.award_id,
                        principalTable: "awards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateTable(
                name: "public_notices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<Guid>(type: "uuid", nullable: true),
                    published_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    working_days = table.Column<int>(type: "integer", nullable: false),
                    closes_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    contacts = table.Column<string>(type: "jsonb", nullable: false),
                    finalised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finalised_by = table.Column<Guid>(type: "uuid", nullable: true),
                    finalised_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_public_notices", x => x.id);
                    table.CheckConstraint("ck_public_notices_working_days", "working_days BETWEEN 1 AND 30");
                    table.ForeignKey(
                        name: "fk_public_notices_grant_calls_call_id",
                        column: x => x.call_id,
                        principalTable: "grant_calls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_public_notices_panel_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "panel_decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "task_agreements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    award_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_agreements", x => x.id);
                    table.ForeignKey(
                        name: "fk_task_agreements_awards_award_id",
                        column: x => x.award_id,
                        principalTable: "awards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mid_term_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mid_term_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_mid_term_events_mid_term_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "mid_term_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "public_notice_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    notice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    project_title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    organization_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    category_id = table.Column<Guid>(type: "uuid", nullable: false),
                    category_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    withdrawn_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawn_objection_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_public_notice_lines", x => x.id);
                    table.CheckConstraint("ck_public_notice_lines_amount", "amount > 0");
                    table.ForeignKey(
                        name: "fk_public_notice_lines_grant_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "grant_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_public_notice_lines_public_notices_notice_id",
                        column: x => x.notice_id,
                        principalTable: "public_notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreement_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    verification_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    amendment_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    issued_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    scan_file_id = table.Column<Guid>(type: "uuid", nullable: true),
                    scan_uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    scan_uploaded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    scan_return_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    countersigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    countersigned_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    signed_file_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreement_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_agreement_versions_stored_files_scan_file_id",
                        column: x => x.scan_file_id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_agreement_versions_stored_files_signed_file_id",
                        column: x => x.signed_file_id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_agreement_versions_task_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "task_agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "public_notice_objections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    notice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reference = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    filer_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    filer_organization = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    reasons = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    handling = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    handled_by = table.Column<Guid>(type: "uuid", nullable: true),
                    handled_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    handled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_public_notice_objections", x => x.id);
                    table.CheckConstraint("ck_public_notice_objections_contact", "phone IS NOT NULL OR email IS NOT NULL");
                    table.ForeignKey(
                        name: "fk_public_notice_objections_public_notice_lines_line_id",
                        column: x => x.line_id,
                        principalTable: "public_notice_lines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_public_notice_objections_public_notices_notice_id",
                        column: x => x.notice_id,
                        principalTable: "public_notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_acceptance_submissions_award_id",
                table: "acceptance_submissions",
                column: "award_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_acceptance_submissions_tenant_id",
                table: "acceptance_submissions",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_acceptance_submissions_tenant_id_call_id",
                table: "acceptance_submissions",
                columns: new[] { "tenant_id", "call_id" });

            migrationBuilder.CreateIndex(
                name: "ix_agreement_versions_agreement_id_number",
                table: "agreement_versions",
                columns: new[] { "agreement_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agreement_versions_scan_file_id",
                table: "agreement_versions",
                column: "scan_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_versions_signed_file_id",
                table: "agreement_versions",
                column: "signed_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_versions_tenant_id",
                table: "agreement_versions",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_versions_verification_code",
                table: "agreement_versions",
                column: "verification_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_award_terminations_award_id",
                table: "award_terminations",
                column: "award_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_award_terminations_tenant_id",
                table: "award_terminations",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_change_requests_award_id_number",
                table: "change_requests",
                columns: new[] { "award_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_change_requests_one_pending",
                table: "change_requests",
                column: "award_id",
                unique: true,
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_change_requests_tenant_id",
                table: "change_requests",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_change_requests_tenant_id_call_id_status",
                table: "change_requests",
                columns: new[] { "tenant_id", "call_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_mid_term_events_report_id_at",
                table: "mid_term_events",
                columns: new[] { "report_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_mid_term_events_tenant_id",
                table: "mid_term_events",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_mid_term_reports_award_id",
                table: "mid_term_reports",
                column: "award_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_mid_term_reports_tenant_id",
                table: "mid_term_reports",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_mid_term_reports_tenant_id_call_id_status",
                table: "mid_term_reports",
                columns: new[] { "tenant_id", "call_id", "status" });

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

            migrationBuilder.CreateIndex(
                name: "ix_public_notice_lines_application_id",
                table: "public_notice_lines",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_public_notice_lines_notice_id_application_id",
                table: "public_notice_lines",
                columns: new[] { "notice_id", "application_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_public_notice_lines_tenant_id",
                table: "public_notice_lines",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_public_notice_objections_line_id",
                table: "public_notice_objections",
                column: "line_id");

            migrationBuilder.CreateIndex(
                name: "ix_public_notice_objections_notice_id_status",
                table: "public_notice_objections",
                columns: new[] { "notice_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_public_notice_objections_tenant_id",
                table: "public_notice_objections",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_public_notice_objections_tenant_id_reference",
                table: "public_notice_objections",
                columns: new[] { "tenant_id", "reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_public_notices_call_id",
                table: "public_notices",
                column: "call_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_public_notices_decision_id",
                table: "public_notices",
                column: "decision_id");

            migrationBuilder.CreateIndex(
                name: "ix_public_notices_tenant_id",
                table: "public_notices",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_public_notices_tenant_id_published_at",
                table: "public_notices",
                columns: new[] { "tenant_id", "published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_task_agreements_award_id",
                table: "task_agreements",
                column: "award_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_task_agreements_tenant_id",
                table: "task_agreements",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_task_agreements_tenant_id_organization_id",
                table: "task_agreements",
                columns: new[] { "tenant_id", "organization_id" });

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

            // <hand-written>
            foreach (var table in new[] { "public_notices", "public_notice_lines", "public_notice_objections" })
            {
                migrationBuilder.Sql(RowLevelSecurity.TenantIsolation(table));
            }
            // </hand-written>

            // <hand-written>
            foreach (var table in new[] { "acceptance_submissions", "award_terminations" })
            {
                migrationBuilder.Sql(RowLevelSecurity.TenantIsolation(table));
            }
            // </hand-written>

            // <hand-written>
            foreach (var table in new[] { "task_agreements", "agreement_versions" })
            {
                migrationBuilder.Sql(RowLevelSecurity.TenantIsolation(table));
            }
            // The public /verify/{code} page recognises task agreement codes too: one issued (never draft) version found
            // by its exact code in any association, through a narrow SECURITY DEFINER function (runs as the tables'
            // owner, so row-level security does not hide other associations' rows) returning only what the page shows.
            migrationBuilder.Sql("""
                CREATE FUNCTION verify_agreement_code(p_code text)
                RETURNS TABLE (
                    "AssociationName" text, "CallTitle" text, "ProjectTitle" text, "OrganizationName" text,
                    "ApplicationNumber" text, "Amount" numeric, "Version" integer, "Status" text,
                    "IssuedAt" timestamptz, "CountersignedAt" timestamptz, "LatestVersion" integer)
                LANGUAGE sql STABLE SECURITY DEFINER
                SET search_path = public, pg_temp
                AS $$
                    SELECT a.name::text, v.content->>'callTitle', v.content->>'projectTitle', v.content->>'organizationName',
                           v.content->>'applicationNumber', (v.content->>'amount')::numeric, v.number, v.status::text,
                           v.issued_at, v.countersigned_at,
                           (SELECT max(x.number) FROM agreement_versions x WHERE x.agreement_id = v.agreement_id AND x.status <> 'Draft')
                    FROM agreement_versions v
                    JOIN associations a ON a.id = v.tenant_id
                    WHERE length(p_code) = 16 AND v.verification_code = p_code AND v.status <> 'Draft'
                $$;
                """);
            // </hand-written>

            // <hand-written>
            foreach (var table in new[] { "mid_term_reports", "mid_term_events", "change_requests" })
            {
                migrationBuilder.Sql(RowLevelSecurity.TenantIsolation(table));
            }
            // A mid-term report's history is append-only: no UPDATE or DELETE, whoever asks.
            migrationBuilder.Sql("""
                CREATE FUNCTION mid_term_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'mid_term_events is append-only';
                END $$;
                CREATE TRIGGER mid_term_events_append_only BEFORE UPDATE OR DELETE ON mid_term_events
                    FOR EACH ROW EXECUTE FUNCTION mid_term_events_append_only();
                """);
            // </hand-written>
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS mid_term_events_append_only ON mid_term_events; DROP FUNCTION IF EXISTS mid_term_events_append_only();");

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS verify_agreement_code(text);");

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS payment_entries_append_only() CASCADE;");

            migrationBuilder.DropTable(
                name: "acceptance_submissions");

            migrationBuilder.DropTable(
                name: "agreement_versions");

            migrationBuilder.DropTable(
                name: "award_terminations");

            migrationBuilder.DropTable(
                name: "change_requests");

            migrationBuilder.DropTable(
                name: "mid_term_events");

            migrationBuilder.DropTable(
                name: "payment_entries");

            migrationBuilder.DropTable(
                name: "public_notice_objections");

            migrationBuilder.DropTable(
                name: "task_agreements");

            migrationBuilder.DropTable(
                name: "mid_term_reports");

            migrationBuilder.DropTable(
                name: "public_notice_lines");

            migrationBuilder.DropTable(
                name: "public_notices");

            migrationBuilder.DropColumn(
                name: "authenticator_last_step",
                table: "users");
        }
    }
}
