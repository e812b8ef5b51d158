performance.mark('script-start');
