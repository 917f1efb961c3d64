/** What the CLI commands write to and where they run (the bin passes the process's streams). */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour). */
  isTty: boolean;
  /** Whether stderr is a terminal (progress bar in batch runs). Default: false. */
  isStderrTty?: boolean;
  cwd: string;
}
