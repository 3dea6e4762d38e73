import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Database } from './database';
import { DataSourceOptions, dataSourceOptions } from './data-source';

@Global()
@Module({})
export class PersistenceModule {
  static forRoot(options: DataSourceOptions): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(options))],
      providers: [Database],
      exports: [Database],
    };
  }
}
