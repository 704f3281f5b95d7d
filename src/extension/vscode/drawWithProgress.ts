import * as vscode from 'vscode';
import { drawTexts, drawTextsSliced, drawWork, PROGRESS_ABOVE, type Draw, type DrawRequest } from '../plain/drawTexts';

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Make an insertion's draw: at once when it is small, else (estimated work above
 * {@link PROGRESS_ABOVE}) in slices under a cancellable progress notification, yielding to the
 * event loop between slices so the window stays responsive. Undefined when cancelled: nothing is
 * edited then. Throws what {@link drawTexts} throws.
 */
export async function drawWithProgress(req: DrawRequest): Promise<Draw | undefined> {
  if (drawWork(req) <= PROGRESS_ABOVE) return drawTexts(req);
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Seeded Random: drawing ${req.call}`, cancellable: true },
    async (progress, token) => {
      let reported = 0;
      await yieldToEventLoop(); // let the notification show before the first slice
      if (token.isCancellationRequested) return undefined;
      return drawTextsSliced(req, async (done, total) => {
        const percent = (100 * done) / total;
        progress.report({ increment: percent - reported, message: `${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} calls` });
        reported = percent;
        await yieldToEventLoop();
        return !token.isCancellationRequested;
      });
    },
  );
}
