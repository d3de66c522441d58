// Enterprise form: choosing a GB/T 4754 section preselects its row of the SME sizing table
// (the user may still pick another, e.g. 零售业 for section F).
(function () {
  'use strict';
  document.querySelectorAll('select[data-sizing-target]').forEach(function (section) {
    var target = document.getElementById(section.getAttribute('data-sizing-target'));
    section.addEventListener('change', function () {
      var option = section.options[section.selectedIndex];
      var sizing = option && option.getAttribute('data-sizing');
      if (target && sizing) {
        target.value = sizing;
      }
    });
  });
})();
