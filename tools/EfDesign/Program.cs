// Entry point of the design-time host only; `dotnet ef` loads this assembly, it is never run.
return 0;
