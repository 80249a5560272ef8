CREATE TABLE "exposure_snapshots" (
	"tenant_id" uuid NOT NULL,
	"day" date NOT NULL,
	"currency" text NOT NULL,
	"total_minor" bigint NOT NULL,
	"complete" boolean NOT NULL,
	"lines" integer NOT NULL,
	"systems" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exposure_snapshots_tenant_id_day_currency_pk" PRIMARY KEY("tenant_id","day","currency")
);
--> statement-breakpoint
ALTER TABLE "exposure_snapshots" ADD CONSTRAINT "exposure_snapshots_tenant_id_organisations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;