import { RunFailure } from '@ap/workflow-engine';

/** Ends a run as failed: the run's changes are undone and the failure is recorded on the instance. */
export class RunFailed extends Error {
  constructor(readonly failure: RunFailure) {
    super(failure.message);
  }
}
