// Which opt-in callbacks this module exports. Each module under exports/ (beyond core) marks
// itself when it is part of the build, so code that needs a callback can check at configure
// time that it will be called, instead of silently never running (sdk/README.md, Exports).

/** The opt-in export modules of sdk/assembly/exports/, one bit each. */
export enum OptInExport {
  Done = 1 << 0,
  RequestBody = 1 << 1,
  RequestTrailers = 1 << 2,
  ResponseHeaders = 1 << 3,
  ResponseBody = 1 << 4,
  ResponseTrailers = 1 << 5,
  Log = 1 << 6,
  Grpc = 1 << 7,
  ForeignFunction = 1 << 8,
}

let marked: u32 = 0;

/** Called once, at module start, by the export module itself. */
export function markExported(which: OptInExport): void {
  marked |= <u32>which;
}

/** Whether the module's build includes the export module `which`. */
export function isExported(which: OptInExport): bool {
  return (marked & <u32>which) != 0;
}
