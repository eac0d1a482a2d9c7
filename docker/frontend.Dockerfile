# Workforce Insight web front end: the built single-page app behind nginx, which also
# proxies /api/ and /q/ to the backend so that the browser stays on one origin.
#
# Build the front end first (npm is not in the image):
#   (cd frontend && npm ci && npm run build)
# then, from the repository root:
#   docker build -f docker/frontend.Dockerfile -t workforce-insight-frontend .
# or let docker/compose.yaml build it.
FROM nginx:1.27-alpine

# Our own nginx.conf: listens on 8080 and keeps pid and temp files in /tmp, so nginx
# runs as the unprivileged "nginx" user of the base image.
RUN rm -f /etc/nginx/conf.d/default.conf
COPY docker/nginx.conf /etc/nginx/nginx.conf
COPY frontend/dist/ /usr/share/nginx/html/

USER nginx

EXPOSE 8080

HEALTHCHECK --interval=10s --timeout=5s --start-period=10s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/healthz"]
