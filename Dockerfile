# syntax=docker/dockerfile:1
#
# DocuElevate container image, built the way the Open Liberty image documentation describes
# (github.com/OpenLiberty/ci.docker, "Building an Application Image"): configuration into /config,
# `features.sh` installs exactly the features server.xml lists, the application into /config/apps,
# and `configure.sh` last.
#
# The build context needs the Maven build first (it packages the WAR and prepares jdbc/):
#   mvn -B package liberty:create liberty:deploy
#   docker build -t registry.example.com/docuelevate/docuelevate:0.1.0 .
#
# Base image: the Docker Official Image "open-liberty", kernel-slim, Java 17 (IBM Semeru, OpenJ9),
# Ubuntu 24.04. CHANGE ME together with liberty.runtime.version in pom.xml.
# Not the UBI variant from icr.io: Tess4J 5.11.0 needs libtesseract 5.3 and Leptonica 1.82, which
# Ubuntu 24.04 ships (tesseract-ocr 5.3.4, with eng and deu language packs); the UBI repositories
# have no Tesseract.
FROM docker.io/library/open-liberty:26.0.0.3-kernel-slim-java17-openj9

# The release being built, for the image label only: docker build --build-arg IMAGE_VERSION=0.1.0 ...
ARG IMAGE_VERSION=0.1.0
LABEL org.opencontainers.image.title="DocuElevate" \
      org.opencontainers.image.description="DocuElevate document processing server on Open Liberty (Jakarta EE 10)" \
      org.opencontainers.image.version="${IMAGE_VERSION}"

# Operating-system packages need root; the image drops back to the Liberty user 1001 right after.
USER root
# tesseract-ocr with English and German language data (TESSERACT_LANGUAGE=eng+deu);
# postgresql-client for pg_dump/psql (database backup and restore);
# unzip because bin/docuelevate-migrate unpacks the WAR and a JRE has no `jar` tool;
# curl for container health checks;
# LibreOffice without GUI (Writer, Calc, Impress) for converting Office, text and e-mail files to PDF.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu \
        libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui \
        postgresql-client unzip curl ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /workdir /opt/docuelevate/bin \
    && chown 1001:0 /workdir \
    && chmod 0775 /workdir
USER 1001

# OMP_THREAD_LIMIT=1: Tesseract's OpenMP is 7-8x slower multi-threaded on few cores.
# WORKDIR (the variable, not the instruction): the shared volume's mount point in Compose and Kubernetes.
ENV OMP_THREAD_LIMIT=1 \
    WORKDIR=/workdir \
    PORT=8000 \
    HTTPS_PORT=8443 \
    SERVER_DIR=/config

# Server configuration first: features.sh reads the feature list from server.xml.
COPY --chown=1001:0 src/main/liberty/config/server.xml src/main/liberty/config/datasource.xml src/main/liberty/config/jvm.options /config/
RUN features.sh
# The Liberty admin center is installed but stays off: it is enabled only when admin-center.xml is mounted into
# /config/configDropins/overrides/ together with LIBERTY_ADMIN_PASSWORD (docs/deployment.md, "Liberty admin center").
# Installed here because a kernel-slim server cannot install features at run time.
RUN featureUtility installFeature adminCenter-1.0 --acceptLicense --noCache \
    && find /opt/ol/wlp/lib /opt/ol/wlp/bin ! -perm -g=rw -print0 | xargs -0 -r chmod g+rw

# The dataSource's shared library: the JDBC bridge (reads DATABASE_URL) and the H2 and PostgreSQL drivers.
COPY --chown=1001:0 target/liberty/wlp/usr/servers/docuelevate/jdbc/ /config/jdbc/
COPY --chown=1001:0 target/docuelevate.war /config/apps/docuelevate.war
# The one-shot migration used by the Kubernetes migrate Job/init containers and the Compose migrate service.
COPY --chown=1001:0 --chmod=0755 bin/docuelevate-migrate /opt/docuelevate/bin/docuelevate-migrate

EXPOSE 8000 8443

# configure.sh starts the server to fill the OpenJ9 shared class cache (faster starts). That
# build-time start runs on a throw-away embedded database and work directory with the API role,
# and what it leaves is removed, including the keystore it generated: each container creates its
# own with its keystore_password.
RUN WORKDIR=/tmp/build-workdir DOCUELEVATE_ROLE=api \
    WARM_ENDPOINT_URL=localhost:8000/health/started WARM_OPENAPI_ENDPOINT=false \
    configure.sh \
    && rm -rf /tmp/build-workdir /output/resources/security
