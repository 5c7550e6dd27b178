# GrantPortal web app. Built by docker-compose.yml (service "app"); see that file for the settings.
#   docker build -t grantportal .

# --- build ------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first (cached while only sources change). Central package versions live in Directory.Packages.props.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/GrantPortal.Domain/GrantPortal.Domain.csproj src/GrantPortal.Domain/
COPY src/GrantPortal.Infrastructure/GrantPortal.Infrastructure.csproj src/GrantPortal.Infrastructure/
COPY src/GrantPortal.Web/GrantPortal.Web.csproj src/GrantPortal.Web/
RUN dotnet restore src/GrantPortal.Web/GrantPortal.Web.csproj
COPY src/ src/
RUN dotnet publish src/GrantPortal.Web/GrantPortal.Web.csproj -c Release --no-restore -o /app/publish -p:UseAppHost=false

# --- runtime ----------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# A CJK TrueType font for the generated PDFs (PDFsharp needs glyf outlines: WenQuanYi Micro Hei); zbarimg and
# pdftoppm to read the QR code from uploaded sealed scans (without them a scan is simply "not read").
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-wqy-microhei zbar-tools poppler-utils \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/publish ./
RUN mkdir -p /app/logs /app/files && chown "$APP_UID" /app/logs /app/files
# Non-root user provided by the .NET images.
USER $APP_UID
ENV ASPNETCORE_URLS=http://0.0.0.0:5080 \
    ASPNETCORE_ENVIRONMENT=Production \
    GrantPortal__LogDirectory=/app/logs
EXPOSE 5080
# `docker-compose run --rm app calls list` runs an operator command instead of serving.
ENTRYPOINT ["dotnet", "GrantPortal.Web.dll"]
