using GrantPortal.Domain.Agreements;
using GrantPortal.Domain.Applications;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GrantPortal.Infrastructure.Documents.Agreements;

/// <summary>
/// Finds the task agreement version a verification code was printed on, across associations, through the database
/// function <c>verify_agreement_code</c> (SECURITY DEFINER, returning only what the verify page shows; drafts are
/// never found): the request keeps its tenant isolation for everything else.
/// </summary>
public sealed class AgreementVerificationLookup(PortalDbContext db)
{
    public async Task<VerifiedAgreement?> FindAsync(string? code, CancellationToken cancellationToken = default)
    {
        if (VerificationCode.Normalize(code) is not { } normalized)
        {
            return null;
        }
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(
                """
                SELECT "AssociationName", "CallTitle", "ProjectTitle", "OrganizationName", "ApplicationNumber", "Amount",
                       "Version", "Status", "IssuedAt", "CountersignedAt", "LatestVersion"
                FROM verify_agreement_code($1)
                """, connection);
            command.Parameters.Add(new NpgsqlParameter { Value = normalized });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }
            return new VerifiedAgreement(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetDecimal(5), reader.GetInt32(6),
                Enum.TryParse<AgreementStatus>(reader.GetString(7), out var status) ? status : AgreementStatus.Issued,
                reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8),
                reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9),
                reader.GetInt32(10));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
