#!/bin/sh
# The image's entrypoint. Commands:
#   api      (default) the API host: tRPC, /healthz, /readyz and the built SPA on $PORT
#   worker   the job worker; needs DATABASE_URL (in embedded mode jobs run inside the API process)
#   migrate  apply pending migrations, print the count, exit
#   seed     migrate, add the demo organisation if it is missing, exit
#   anything else is executed as given: `docker run --rm -it airisk sh`, `… airisk node -v`
# The node commands are the same as the package scripts (`pnpm start`, `pnpm start:worker`,
# `pnpm db:migrate`, `pnpm db:seed`) without pnpm in between: `exec` makes node PID 1, so SIGTERM from
# `docker stop` reaches it directly and it drains and closes the database before exiting.
set -eu

cd /app

command="${1:-api}"
[ "$#" -gt 0 ] && shift

case "$command" in
  api) exec node --enable-source-maps apps/api/src/main.ts "$@" ;;
  worker) exec node --enable-source-maps apps/api/src/worker.ts "$@" ;;
  migrate) exec node --enable-source-maps packages/db/src/cli/migrate.ts "$@" ;;
  seed) exec node --enable-source-maps packages/db/src/cli/seed.ts "$@" ;;
  *) exec "$command" "$@" ;;
esac
