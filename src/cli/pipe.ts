/**
 * A closed stdout (`npm run eval | head`) is the reader's choice, not a failure: exit quietly.
 */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
