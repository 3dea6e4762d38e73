import nx from '@nx/eslint-plugin';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Only the persistence library may speak to the database driver or the ORM.
const databaseImports = ['typeorm', '@nestjs/typeorm', 'pg', '@electric-sql/*'];

export default [
  { ignores: ['node_modules/**', 'dist/**', '.data/**', '.nx/**', 'coverage/**', 'bench/results/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:engine',
              onlyDependOnLibsWithTags: ['type:util'],
              bannedExternalImports: [...databaseImports, '@nestjs/*', 'docxtemplater', 'pizzip'],
            },
            {
              sourceTag: 'scope:persistence',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:persistence'],
            },
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: databaseImports,
            },
            {
              sourceTag: 'scope:auth',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:persistence'],
              bannedExternalImports: databaseImports,
            },
            {
              sourceTag: 'scope:letters',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:persistence', 'scope:auth'],
              bannedExternalImports: databaseImports,
            },
            {
              sourceTag: 'type:feature',
              bannedExternalImports: databaseImports,
            },
            {
              sourceTag: 'scope:workflow',
              onlyDependOnLibsWithTags: ['scope:workflow', 'scope:shared', 'scope:persistence', 'scope:auth'],
            },
            {
              sourceTag: 'scope:protocol',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:persistence', 'scope:auth', 'scope:workflow', 'scope:letters'],
            },
            {
              // The browser app shares only the contracts with the service.
              sourceTag: 'scope:web',
              onlyDependOnLibsWithTags: ['type:contracts'],
            },
            {
              sourceTag: 'type:contracts',
              onlyDependOnLibsWithTags: [],
            },
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:persistence', 'scope:auth', 'scope:workflow', 'scope:letters', 'scope:protocol'],
              bannedExternalImports: databaseImports,
            },
          ],
        },
      ],
    },
  },
  {
    // The web app: hooks used correctly, and the accessibility rules that can be checked in the source.
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  { ...jsxA11y.flatConfigs.recommended, files: ['apps/web/**/*.tsx'] },
  {
    // Build and test scaffolding in CommonJS.
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
