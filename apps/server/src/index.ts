export { type Config, ConfigError, loadConfig } from "./config";
export { type RunningServer, startServer } from "./server";
