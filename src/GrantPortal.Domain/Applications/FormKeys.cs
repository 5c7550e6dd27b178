namespace GrantPortal.Domain.Applications;

/// <summary>Field keys with a meaning beyond the form: the project's name and the amount it asks for.</summary>
public static class FormKeys
{
    /// <summary>项目名称: the application's title wherever it is listed.</summary>
    public const string ProjectName = "projectName";
    /// <summary>申请经费（元）: the amount requested; checked against the category's amount rule.</summary>
    public const string RequestedAmount = "requestedAmount";
    /// <summary>联合申报单位: a table of the partner units of a joint application (the applying organisation leads).</summary>
    public const string Partners = "partners";
}
