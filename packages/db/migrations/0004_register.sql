CREATE TABLE "audit_heads" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"tenant_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_role" text,
	"system_id" uuid,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text,
	"reason" text,
	"basis" text,
	"before" jsonb,
	"after" jsonb,
	"accepted" boolean DEFAULT true NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_log_tenant_id_seq_pk" PRIMARY KEY("tenant_id","seq")
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"system_id" uuid NOT NULL,
	"obligation_id" text,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"media_type" text,
	"size_bytes" integer,
	"sha256" text,
	"content" "bytea",
	"url" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "evidence_size_check" CHECK ("evidence"."size_bytes" is null or "evidence"."size_bytes" <= 10485760),
	CONSTRAINT "evidence_kind_check" CHECK (("evidence"."kind" = 'file' and "evidence"."content" is not null) or ("evidence"."kind" = 'link' and "evidence"."url" is not null))
);
--> statement-breakpoint
CREATE TABLE "findings" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"system_id" uuid NOT NULL,
	"offence" text NOT NULL,
	"occurred_at" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "findings_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "mitigations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"risk_id" uuid NOT NULL,
	"action" text NOT NULL,
	"owner_id" uuid,
	"due_date" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mitigations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "obligation_statuses" (
	"tenant_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	"obligation_id" text NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "obligation_statuses_tenant_id_system_id_obligation_id_pk" PRIMARY KEY("tenant_id","system_id","obligation_id")
);
--> statement-breakpoint
CREATE TABLE "risks" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"system_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"category" text NOT NULL,
	"arises_from" text NOT NULL,
	"likelihood" integer,
	"severity" integer,
	"misuse_likelihood" integer,
	"misuse_severity" integer,
	"residual_likelihood" integer,
	"residual_severity" integer,
	"owner_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"accepted_by" uuid,
	"accepted_at" timestamp with time zone,
	"accepted_residual_likelihood" integer,
	"accepted_residual_severity" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risks_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "risks_likelihood_range" CHECK ("likelihood" between 1 and 5),
	CONSTRAINT "risks_severity_range" CHECK ("severity" between 1 and 5),
	CONSTRAINT "risks_misuse_likelihood_range" CHECK ("misuse_likelihood" between 1 and 5),
	CONSTRAINT "risks_misuse_severity_range" CHECK ("misuse_severity" between 1 and 5),
	CONSTRAINT "risks_residual_likelihood_range" CHECK ("residual_likelihood" between 1 and 5),
	CONSTRAINT "risks_residual_severity_range" CHECK ("residual_severity" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "systems" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"purpose" text NOT NULL,
	"jurisdictions" text[] NOT NULL,
	"roles" text[] NOT NULL,
	"profile" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"impact_level" text,
	"autonomy_level" text,
	"eu_risk_tier" text,
	"classification" jsonb,
	"screening" jsonb,
	"no_risks_justification" text,
	"risk_owner_id" uuid,
	"lifecycle" jsonb NOT NULL,
	"machine_version" integer NOT NULL,
	"state" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"approved_at" timestamp with time zone,
	"last_review_completed_at" timestamp with time zone,
	"next_review_at" date,
	"suspended_at" timestamp with time zone,
	"suspension" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "systems_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "systems_version_check" CHECK ("systems"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "audit_heads" ADD CONSTRAINT "audit_heads_tenant_id_organisations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_tenant_id_organisations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_tenant_id_organisations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_tenant_id_system_id_systems_tenant_id_id_fk" FOREIGN KEY ("tenant_id","system_id") REFERENCES "public"."systems"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_tenant_id_organisations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_tenant_id_system_id_systems_tenant_id_id_fk" FOREIGN KEY ("tenant_id","system_id") REFERENCES "public"."systems"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitigations" ADD CONSTRAINT "mitigations_tenant_id_organisations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitigations" ADD CONSTRAINT "mitigations_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitigations" ADD CONSTRAINT "mitigations_tenant_id_risk_id_risks_tenant_id_id_fk" FOREIGN KEY ("tenant_id","risk_id") REFERENCES "public"."risks"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligation_statuses" ADD CONSTRAINT "obligation_statuses_tenant_id_organisations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligation_statuses" ADD CONSTRAINT "obligation_statuses_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligation_statuses" ADD CONSTRAINT "obligation_statuses_tenant_id_system_id_systems_tenant_id_id_fk" FOREIGN KEY ("tenant_id","system_id") REFERENCES "public"."systems"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_tenant_id_organisations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_tenant_id_system_id_systems_tenant_id_id_fk" FOREIGN KEY ("tenant_id","system_id") REFERENCES "public"."systems"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "systems" ADD CONSTRAINT "systems_tenant_id_organisations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "systems" ADD CONSTRAINT "systems_risk_owner_id_users_id_fk" FOREIGN KEY ("risk_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_tenant_system_idx" ON "audit_log" USING btree ("tenant_id","system_id","seq");--> statement-breakpoint
CREATE INDEX "evidence_tenant_system_idx" ON "evidence" USING btree ("tenant_id","system_id","obligation_id");--> statement-breakpoint
CREATE INDEX "findings_tenant_system_idx" ON "findings" USING btree ("tenant_id","system_id","occurred_at");--> statement-breakpoint
CREATE INDEX "mitigations_tenant_risk_idx" ON "mitigations" USING btree ("tenant_id","risk_id");--> statement-breakpoint
CREATE INDEX "mitigations_tenant_due_idx" ON "mitigations" USING btree ("tenant_id","due_date");--> statement-breakpoint
CREATE INDEX "risks_tenant_system_idx" ON "risks" USING btree ("tenant_id","system_id");--> statement-breakpoint
CREATE INDEX "systems_tenant_state_idx" ON "systems" USING btree ("tenant_id","state","name");--> statement-breakpoint
CREATE INDEX "systems_tenant_name_idx" ON "systems" USING btree ("tenant_id","name","id");--> statement-breakpoint
CREATE INDEX "systems_tenant_updated_idx" ON "systems" USING btree ("tenant_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "systems_tenant_review_idx" ON "systems" USING btree ("tenant_id","next_review_at");--> statement-breakpoint
CREATE INDEX "systems_tenant_owner_idx" ON "systems" USING btree ("tenant_id","risk_owner_id");--> statement-breakpoint
CREATE INDEX "systems_jurisdictions_idx" ON "systems" USING gin ("jurisdictions");