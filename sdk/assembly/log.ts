// Leveled logging through proxy_log. The host's level is fetched once per VM start, configure
// and tick (not per call), so a disabled level costs one comparison. Build expensive messages
// only behind `Log.enabled(level)`.

import { LogLevel } from "./abi/types";
import * as host from "./hostcalls";

let threshold: LogLevel = LogLevel.Info;

/** Re-reads the host's log level; the dispatcher calls this on VM start, configure and tick. */
export function refreshLogLevel(): void {
  threshold = host.getLogLevel();
}

export class Log {
  static enabled(level: LogLevel): bool {
    return level >= threshold;
  }
  static write(level: LogLevel, message: string): void {
    if (level >= threshold) host.log(level, message);
  }
  static trace(message: string): void { Log.write(LogLevel.Trace, message); }
  static debug(message: string): void { Log.write(LogLevel.Debug, message); }
  static info(message: string): void { Log.write(LogLevel.Info, message); }
  static warn(message: string): void { Log.write(LogLevel.Warn, message); }
  static error(message: string): void { Log.write(LogLevel.Error, message); }
  static critical(message: string): void { Log.write(LogLevel.Critical, message); }
}
