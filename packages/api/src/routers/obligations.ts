import {
  AddLinkInput,
  addEvidenceLink,
  ForSystemInput,
  obligationsForSystem,
  SetStatusInput,
  setObligationStatus,
  uploadEvidence,
} from "@airisk/core/systems/obligations";
import { ValidationError } from "@airisk/domain/errors";
import { z } from "zod";
import { permittedProcedure, router } from "#trpc.ts";

export const obligationsRouter = router({
  forSystem: permittedProcedure("systems.read")
    .input(ForSystemInput)
    .query(({ ctx, input }) => obligationsForSystem({ ctx: ctx.tenant, input })),

  setStatus: permittedProcedure("obligations.write")
    .input(SetStatusInput)
    .mutation(({ ctx, input }) => setObligationStatus({ ctx: ctx.tenant, input })),
});

/** Evidence: links as JSON, files as multipart FormData (fields systemId, obligationId?, name?, file). */
export const evidenceRouter = router({
  addLink: permittedProcedure("obligations.write")
    .input(AddLinkInput)
    .mutation(({ ctx, input }) => addEvidenceLink({ ctx: ctx.tenant, input })),

  upload: permittedProcedure("obligations.write")
    .input(z.instanceof(FormData, { error: "send the file as multipart form data" }))
    .mutation(async ({ ctx, input }) => {
      const file = input.get("file");
      if (!(file instanceof Blob)) throw new ValidationError("file", "choose a file to upload");
      const field = (name: string) => {
        const value = input.get(name);
        return typeof value === "string" && value !== "" ? value : undefined;
      };
      const fileName = "name" in file && typeof file.name === "string" ? file.name : undefined;
      return uploadEvidence({
        ctx: ctx.tenant,
        input: {
          systemId: field("systemId") ?? "",
          obligationId: field("obligationId") ?? null,
          name: field("name") ?? fileName ?? "evidence",
          content: new Uint8Array(await file.arrayBuffer()),
        },
      });
    }),
});
