// Run before the tests: the browser test drives Debian's Chromium. On a fresh Debian machine where we are
// root, install it from apt (never Playwright's own download, which this network refuses). The print test
// reads its PDFs back with poppler's pdftotext (Debian's poppler-utils), installed the same way.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(path)) {
  const canApt = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canApt) {
    console.error(
      `Chromium が見つかりません (${path})。\`sudo apt-get install -y chromium\` でインストールするか、CHROMIUM_PATH を指定してください。\n` +
        `Chromium not found at ${path}: install it with \`sudo apt-get install -y chromium\` or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  console.log("Installing Debian's chromium and a Japanese font for the browser tests (apt-get)…");
  const apt = (args) =>
    execFileSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  try {
    apt(["install", "-y", "chromium", "fonts-ipafont-gothic"]);
  } catch {
    apt(["update"]);
    apt(["install", "-y", "chromium", "fonts-ipafont-gothic"]);
  }
}

// The print views' test turns each page into a PDF with Chromium and reads the text back with pdftotext.
const pdftotext = process.env.PDFTOTEXT_PATH ?? "/usr/bin/pdftotext";
if (!existsSync(pdftotext)) {
  const canApt = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canApt) {
    console.error(
      `pdftotext が見つかりません (${pdftotext})。\`sudo apt-get install -y poppler-utils\` でインストールしてください。\n` +
        `pdftotext not found at ${pdftotext}: install it with \`sudo apt-get install -y poppler-utils\` or set PDFTOTEXT_PATH.`,
    );
    process.exit(1);
  }
  console.log("Installing Debian's poppler-utils (pdftotext) for the print test (apt-get)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  try {
    execFileSync("apt-get", ["install", "-y", "poppler-utils"], { stdio: "inherit", env });
  } catch {
    execFileSync("apt-get", ["update"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "poppler-utils"], { stdio: "inherit", env });
  }
}
