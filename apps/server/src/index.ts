export { type Config, ConfigError, loadConfig } from "./config";
export { PortInUseError, type RunningServer, startServer } from "./server";
