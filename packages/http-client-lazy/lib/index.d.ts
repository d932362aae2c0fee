export * from '@actions/http-client-eager';
