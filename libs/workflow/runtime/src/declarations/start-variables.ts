import { Injectable } from '@nestjs/common';
import { StartVariable } from '@ap/workflow-engine';

/**
 * What a new case carries that decides which process it starts (the models' start rules name these),
 * declared by the domain that starts cases: for an incident its channel, behaviour and category.
 */
@Injectable()
export class StartVariables {
  private readonly declared: StartVariable[] = [];

  declare(variable: StartVariable): void {
    this.declared.push(variable);
  }

  all(): StartVariable[] {
    return [...this.declared];
  }
}
