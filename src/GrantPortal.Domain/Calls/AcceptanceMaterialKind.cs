namespace GrantPortal.Domain.Calls;

public enum AcceptanceMaterialKind
{
    AcceptanceForm,
    Report,
    FinancialAudit,
    Photos,
    SignInSheet,
    News,
    Slides,
    Video,
    Notice,
    Agenda,
    Proceedings,
    Certificate,
    Ledger,
    Other,
}
