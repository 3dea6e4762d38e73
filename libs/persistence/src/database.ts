import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UnitOfWork } from './unit-of-work';

/** Opens units of work: `transaction` for changes, `read` for queries outside a transaction. */
@Injectable()
export class Database {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(new UnitOfWork(manager)));
  }

  read<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    return work(new UnitOfWork(this.dataSource.manager));
  }
}
