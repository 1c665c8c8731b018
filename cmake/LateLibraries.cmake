# FFmpeg and aubio are loaded when Liner first decodes or analyses a file, not linked (see
# src/common/LateLibraries.h). liner_late_libraries(TARGET LIBRARY...) gives TARGET, for each
# library file pkg-config named, the soname to load as LINER_SONAME_<NAME>: "libavformat.so.59" for
# /usr/lib/.../libavformat.so, read from the library built against, so headers and library agree.
# Each library is also listed in the global property LINER_LATE_LIBRARIES, for the package's
# dependencies.
function(liner_late_libraries target)
  foreach(library IN LISTS ARGN)
    execute_process(COMMAND ${CMAKE_OBJDUMP} -p ${library} OUTPUT_VARIABLE dump
                    COMMAND_ERROR_IS_FATAL ANY)
    if(NOT dump MATCHES "SONAME +([^\n]+)")
      message(FATAL_ERROR "${library} states no soname")
    endif()
    set(soname ${CMAKE_MATCH_1})
    get_filename_component(name ${library} NAME_WE)
    string(REGEX REPLACE "^lib" "" name ${name})
    string(TOUPPER ${name} name)
    target_compile_definitions(${target} PRIVATE LINER_SONAME_${name}="${soname}")
    get_filename_component(folder ${library} DIRECTORY)
    set_property(GLOBAL APPEND PROPERTY LINER_LATE_LIBRARIES ${folder}/${soname})
  endforeach()
endfunction()
