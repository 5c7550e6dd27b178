namespace GrantPortal.Domain.Forms;

public enum FieldType
{
    ShortText,
    /// <summary>Long text with a character limit (1500字).</summary>
    LongText,
    Number,
    /// <summary>Yuan, two decimals.</summary>
    Money,
    Date,
    SingleChoice,
    MultipleChoice,
    YesNo,
    /// <summary>Name, title, mobile, email.</summary>
    Person,
    /// <summary>Repeating rows with typed columns (budget lines, team members, performance targets).</summary>
    Table,
    File,
}
