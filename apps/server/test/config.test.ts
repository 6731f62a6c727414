import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config";

describe("configuration", () => {
  it("defaults to the embedded database on port 3000 with demo data", () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.engine).toBe("pglite");
    expect(config.demoData).toBe(true);
  });

  it("uses PostgreSQL when DATABASE_URL is set, without demo data unless asked", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://postgres@127.0.0.1:5432/kyoso" });
    expect(config.database).toEqual({ engine: "postgres", url: "postgres://postgres@127.0.0.1:5432/kyoso" });
    expect(config.demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: "postgresql://h/db", KYOSO_DEMO_DATA: "true" }).demoData).toBe(true);
  });

  it("reads PORT and KYOSO_DATA_DIR overrides", () => {
    const config = loadConfig({ PORT: "8080", KYOSO_DATA_DIR: "relative/data" });
    expect(config.port).toBe(8080);
    expect(config.database).toEqual({ engine: "pglite", dataDir: path.resolve("relative/data") });
  });

  it("stops with a message naming each bad value", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrowError(ConfigError);
    expect(() => loadConfig({ PORT: "70000" })).toThrowError(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: "mysql://localhost/db" })).toThrowError(
      /DATABASE_URL: .*postgres:\/\//,
    );
    expect(() => loadConfig({ KYOSO_DEMO_DATA: "yes" })).toThrowError(/KYOSO_DEMO_DATA/);
  });
});
