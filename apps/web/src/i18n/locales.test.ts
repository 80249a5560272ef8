import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "./locales/en.ts";

const SRC = join(import.meta.dirname, "..");

function flatten(tree: object, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value as object, path)) out.set(k, v);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const messages = flatten(en);
const files = sourceFiles(SRC).map((path) => ({
  path: relative(SRC, path),
  text: readFileSync(path, "utf8"),
}));

describe("English messages", () => {
  it("has no empty message", () => {
    const empty = [...messages].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("uses only well-formed {{name}} placeholders", () => {
    const malformed = [...messages]
      .filter(([, text]) => /[{}]/.test(text.replace(/\{\{[A-Za-z][A-Za-z0-9_]*\}\}/g, "")))
      .map(([key]) => key);
    expect(malformed).toEqual([]);
  });

  it("defines every key the source passes to t()", () => {
    const keys = [...messages.keys()];
    const missing: string[] = [];
    let calls = 0;
    for (const { path, text } of files) {
      for (const match of text.matchAll(/\bt\(\s*(["'`])([^"'`]+)\1/g)) {
        calls += 1;
        const key = match[2] ?? "";
        // `nav.${name}` stands for every key of that shape.
        const pattern = new RegExp(
          `^${key
            .split(/\$\{[^}]+\}/)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
            .join("[^.]+")}$`,
        );
        if (!keys.some((candidate) => pattern.test(candidate))) missing.push(`${path}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
    // Guards the scan itself: a broken pattern would otherwise pass vacuously.
    expect(calls).toBeGreaterThan(20);
  });

  it("leaves no literal words between JSX tags outside the design-system primitives", () => {
    const literals: string[] = [];
    for (const { path, text } of files) {
      if (!path.endsWith(".tsx") || path.startsWith(join("components", "ui"))) continue;
      for (const line of text.split("\n")) {
        // Text directly inside an element, e.g. `<h1>Status</h1>`, rather than `{t("status.title")}`.
        const inline = line.match(/>\s*([A-Za-z][^<>{}]*[A-Za-z])\s*<\//);
        // …or a line of prose on its own between an opening and a closing tag.
        const alone = line.match(/^\s*([A-Z][a-z]*(?: [A-Za-z,'’-]+)+[.!?]?)\s*$/);
        const found = inline?.[1] ?? alone?.[1];
        if (found) literals.push(`${path}: ${found}`);
      }
    }
    expect(literals).toEqual([]);
  });
});
