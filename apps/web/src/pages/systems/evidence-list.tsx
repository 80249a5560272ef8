import { Download, ExternalLink, FileText, Link2 } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Badge } from "#components/ui/badge.tsx";
import { formatDate } from "#lib/format.ts";
import {
  type EvidenceItem,
  evidenceDownloadUrl,
  evidenceTypeKey,
  formatBytes,
} from "#pages/systems/obligation-model.ts";
import { useLanguage } from "#pages/systems/risk-ui.tsx";

/**
 * Evidence of an obligation or of the system: files with their type and size and a download link
 * (served by the host at /evidence/<system>/<evidence>), and links that open in a new tab.
 */
export function EvidenceList({
  systemId,
  items,
  since,
  emptyText,
}: {
  systemId: string;
  items: readonly EvidenceItem[];
  /** Items added after this moment are marked (evidence after a suspension). */
  since?: Date | null;
  emptyText: string;
}) {
  if (items.length === 0) {
    return (
      <p className="text-sm text-muted-foreground" data-testid="evidence-empty">
        {emptyText}
      </p>
    );
  }
  return (
    <ul className="grid divide-y rounded-md border" data-testid="evidence-list">
      {items.map((item) => (
        <EvidenceRow
          key={item.id}
          systemId={systemId}
          item={item}
          afterSuspension={since ? item.createdAt.getTime() > since.getTime() : false}
        />
      ))}
    </ul>
  );
}

function EvidenceRow({
  systemId,
  item,
  afterSuspension,
}: {
  systemId: string;
  item: EvidenceItem;
  afterSuspension: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const typeKey = evidenceTypeKey(item.mediaType);
  const added = item.createdBy
    ? t("obligations.evidence.addedBy", {
        name: item.createdBy.name,
        date: formatDate(item.createdAt, language),
      })
    : t("obligations.evidence.added", { date: formatDate(item.createdAt, language) });
  return (
    <li
      className="flex flex-col gap-1 px-3 py-2 text-sm sm:flex-row sm:items-center sm:justify-between"
      data-testid="evidence-item"
      data-kind={item.kind}
      data-evidence-id={item.id}
    >
      <div className="flex min-w-0 items-start gap-2">
        {item.kind === "file" ? (
          <FileText className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
        ) : (
          <Link2 className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
        )}
        <div className="grid min-w-0 gap-0.5">
          {item.kind === "file" ? (
            <a
              href={evidenceDownloadUrl(systemId, item.id)}
              download={item.name}
              className="truncate font-medium underline-offset-4 hover:underline"
              data-testid="evidence-download"
            >
              {item.name}
            </a>
          ) : item.url ? (
            <a
              href={item.url}
              target="_blank"
              rel="noopener noreferrer"
              className="inline-flex min-w-0 items-center gap-1 font-medium underline-offset-4 hover:underline"
              data-testid="evidence-url"
            >
              <span className="truncate">{item.name}</span>
              <ExternalLink className="size-3 shrink-0 text-muted-foreground" aria-hidden />
            </a>
          ) : (
            <span className="font-medium">{item.name}</span>
          )}
          <span className="flex flex-wrap gap-x-2 text-xs text-muted-foreground">
            {item.kind === "file" ? (
              <>
                <span data-testid="evidence-type">
                  {typeKey ? t(`obligations.evidence.types.${typeKey}`) : (item.mediaType ?? "")}
                </span>
                {item.sizeBytes !== null ? (
                  <span data-testid="evidence-size">{formatBytes(item.sizeBytes, language)}</span>
                ) : null}
              </>
            ) : item.url ? (
              <span className="max-w-72 truncate" title={item.url}>
                {item.url}
              </span>
            ) : null}
            <span>{added}</span>
          </span>
        </div>
      </div>
      <div className="flex shrink-0 items-center gap-2 pl-6 sm:pl-0">
        {afterSuspension ? (
          <Badge
            variant="outline"
            className="border-sky-200 bg-sky-50 text-sky-800"
            data-testid="after-suspension"
          >
            {t("obligations.evidence.afterSuspension")}
          </Badge>
        ) : null}
        {item.kind === "file" ? (
          <a
            href={evidenceDownloadUrl(systemId, item.id)}
            download={item.name}
            className="inline-flex items-center gap-1 text-xs text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
            aria-label={t("obligations.evidence.downloadNamed", { name: item.name })}
          >
            <Download className="size-3.5" aria-hidden />
            {t("obligations.evidence.download")}
          </a>
        ) : null}
      </div>
    </li>
  );
}
