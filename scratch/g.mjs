export * from 'get-east-asian-width';
